package org.causo.mailbox.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causo.identity.DigestRecipient;
import org.causo.identity.Officers;
import org.causo.mailbox.MailboxKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The optional e-mail digest: officers who asked for it get one short mail saying only
 * that something new is waiting in a mailbox they read, with a link to log in. Never the
 * mailbox, category, count, content, receipt, time or QR point.
 * <p>
 * Only whole hours that ended a few minutes ago are looked at, so a mail reveals no more
 * about when a reporter wrote than the hour the database keeps anyway. Each officer is
 * handled in a transaction that locks the officer's digest row ({@code skip locked}), so
 * several nodes never send the same digest twice; the mark moves forward only after the
 * mail was accepted by the SMTP server, so a failed send is retried at the next run (and
 * a crash between the send and the commit means one mail too many, never one too few).
 */
@Component
class Digest {

	private static final Logger log = LoggerFactory.getLogger(Digest.class);

	/** Submissions that began before an hour ended have committed by then. */
	private static final Duration SETTLE = Duration.ofMinutes(5);

	static final Locale LANGUAGE = Locale.forLanguageTag("vi");

	private final DigestStore store;

	private final Officers officers;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	private final String from;

	private final String loginUrl;

	Digest(DigestStore store, Officers officers, ObjectProvider<JavaMailSender> mail, MessageSource messages,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${causo.mailbox.digest.enabled:false}") boolean enabled,
			@Value("${causo.mailbox.digest.from:}") String from, @Value("${causo.public-url:}") String publicUrl) {
		this.store = store;
		this.officers = officers;
		this.mail = mail;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.from = from.strip();
		this.loginUrl = publicUrl.strip().replaceAll("/+$", "") + "/login";
		this.enabled = enabled && mail.getIfAvailable() != null && !this.from.isEmpty() && !publicUrl.isBlank();
		if (enabled && !this.enabled) {
			log.warn("The mailbox digest is enabled but spring.mail.host, causo.mailbox.digest.from or "
					+ "causo.public-url is not set: no digest is sent");
		}
	}

	/** Every hour by default; see docs/operations.md. */
	@Scheduled(cron = "${causo.mailbox.digest.cron:0 10 * * * *}")
	void scheduled() {
		run(this.clock.instant());
	}

	/** Sends the digests due at {@code now}; returns how many mails went out. */
	int run(Instant now) {
		if (!this.enabled) {
			return 0;
		}
		Instant until = now.minus(SETTLE).truncatedTo(ChronoUnit.HOURS);
		int sent = 0;
		for (DigestRecipient recipient : this.officers.digestRecipients()) {
			List<Long> mailboxes = readable(recipient);
			if (mailboxes.isEmpty()) {
				continue;
			}
			try {
				Boolean mailed = this.transactions.execute((status) -> digest(recipient, mailboxes, until, now));
				sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				// neither the address nor the mail, only the error's kind: the mark did
				// not move,
				// so the next run tries again
				log.warn("Mailbox digest for officer {} not sent: {}", recipient.officerId(),
						ex.getClass().getSimpleName());
			}
		}
		return sent;
	}

	private boolean digest(DigestRecipient recipient, List<Long> mailboxes, Instant until, Instant now) {
		Instant start = recipient.since().truncatedTo(ChronoUnit.HOURS);
		Optional<Instant> claimed = this.store.claim(recipient.officerId(), start);
		if (claimed.isEmpty()) {
			return false;
		}
		Instant from = claimed.get().isAfter(start) ? claimed.get() : start;
		if (!from.isBefore(until)) {
			return false;
		}
		boolean news = this.store.anythingNew(recipient.officerId(), mailboxes, from, until);
		if (news) {
			this.mail.getObject().send(message(recipient.email()));
		}
		this.store.announced(recipient.officerId(), until, news ? now : null);
		return news;
	}

	private SimpleMailMessage message(String to) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(this.messages.getMessage("mailbox.digest.subject", null, LANGUAGE));
		message.setText(this.messages.getMessage("mailbox.digest.body", new Object[] { this.loginUrl }, LANGUAGE));
		return message;
	}

	/** The mailboxes of the officer's post whose reports the officer's role reads. */
	private List<Long> readable(DigestRecipient recipient) {
		if (recipient.postId() == null) {
			return List.of();
		}
		List<MailboxKind> kinds = Arrays.stream(MailboxKind.values())
			.filter((kind) -> kind.readers().contains(recipient.role()))
			.toList();
		return kinds.isEmpty() ? List.of() : this.store.mailboxes(recipient.postId(), kinds);
	}

}
