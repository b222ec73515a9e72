package org.causo.mailbox;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.causo.mailbox.keys.ReportKeys;
import org.causo.mailbox.points.MailboxStore;
import org.causo.mailbox.points.PublicTargets;
import org.causo.mailbox.reports.Messages;
import org.causo.mailbox.reports.ReportStore;
import org.causo.mailbox.reports.SealedReport;
import org.causo.mailbox.submissions.Answers;
import org.causo.mailbox.submissions.FormTokens;
import org.causo.mailbox.submissions.Limits;
import org.causo.mailbox.submissions.Photos;
import org.causo.mailbox.submissions.Receipts;
import org.causo.shared.Images;
import org.causo.shared.InvalidInputException;
import org.causo.shared.crypto.Crypto;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter's side: the form behind a QR code, the submission sealed under a fresh
 * data key, and the receipt that opens the thread later. Nothing here knows or keeps who
 * the reporter is.
 */
@Service
@Transactional
public class Submissions {

	private final MailboxStore mailboxes;

	private final PublicTargets targets;

	private final ReportStore reports;

	private final ReportKeys reportKeys;

	private final Receipts receipts;

	private final FormTokens tokens;

	private final Limits limits;

	private final JsonMapper json;

	private final Clock clock;

	private final Photos photos;

	Submissions(MailboxStore mailboxes, ReportStore reports, ReportKeys reportKeys, Receipts receipts,
			FormTokens tokens, Limits limits, JsonMapper json, Clock clock, PublicTargets targets, Photos photos) {
		this.photos = photos;
		this.mailboxes = mailboxes;
		this.targets = targets;
		this.reports = reports;
		this.reportKeys = reportKeys;
		this.receipts = receipts;
		this.tokens = tokens;
		this.limits = limits;
		this.json = json;
		this.clock = clock;
	}

	/** The form for a QR code, with a fresh one-time token. */
	@Transactional(readOnly = true)
	public PublicForm form(String code) {
		PublicTargets.Target target = this.targets.open(code);
		return new PublicForm(target.point().code(), target.kind(), target.questions(),
				this.tokens.issue(target.point().code()));
	}

	/** Stores a report, or finds the one a retry of the same form already stored. */
	public Receipt submit(String code, TipForm form) {
		return submit(code, form, Map.of(), List.of());
	}

	/**
	 * Stores a report with the answers to the post's own questions (by question id) and
	 * photos; every photo is checked and cleaned before anything is stored.
	 */
	public Receipt submit(String code, TipForm form, Map<String, String> extra, List<byte[]> uploads) {
		// the cheap checks first (point, token, answers, limits); photos and Argon2id
		// only
		// after them, so that a flood is refused before it costs memory or CPU
		PublicTargets.Target target = this.targets.open(code);
		QrPoint point = target.point();
		byte[] nonce = this.tokens.verify(form.token(), point.code())
			.orElseThrow(() -> InvalidInputException.of(null, "tip.error.expired"));
		Map<String, String> answers = Answers.validate(target.questions(), form, extra, uploads.size());
		Photos.checkCount(uploads);
		FormTokens.Sent sent = this.tokens.sent(nonce, answers, uploads);
		Optional<byte[]> earlier = this.reports.sentDigest(sent.ref());
		if (earlier.isPresent()) {
			// a retry of the same form: the global bucket only, so that a reporter whose
			// point is full still gets the receipt, and no decoding or Argon2id again
			this.limits.retry();
			return retried(nonce, sent, earlier.get());
		}
		this.limits.submission(point.code());
		List<Images.Clean> photos = this.photos.cleanAll(uploads);
		String receipt = this.receipts.receiptFor(nonce);
		Receipts.Derived derived = this.receipts.derive(receipt);
		UUID ref = UUID.randomUUID();
		byte[] dataKey = Crypto.newDataKey();
		byte[] content = Crypto.seal(dataKey, this.json.writeValueAsBytes(answers), ReportKeys.context("content", ref));
		// two copies of the same form at once: the second finds the first's report
		Long id = this.reports
			.insertIfAbsent(ref, point.mailboxId(), point.id(), answers.get("category"),
					ReportStore.hourNow(this.clock), derived.lookup(), content, sent.ref(), sent.digest())
			.orElse(null);
		if (id == null) {
			return retried(nonce, sent, this.reports.sentDigestByLookup(derived.lookup()).orElse(new byte[0]));
		}
		this.reportKeys.wrapForAll(id, ref, dataKey, derived.wrappingKey(), target.postId(), target.kind());
		this.photos.store(id, dataKey, photos, ReportStore.hourNow(this.clock));
		return new Receipt(Receipts.grouped(receipt), false);
	}

	/**
	 * The receipt again for a retry of the same form with the same content; another
	 * content under the same token is refused, so that whoever copies a token cannot take
	 * over the reporter's thread.
	 */
	private Receipt retried(byte[] nonce, FormTokens.Sent sent, byte[] earlier) {
		// reports from before content digests have none to compare
		if (earlier.length > 0 && !MessageDigest.isEqual(earlier, sent.digest())) {
			throw InvalidInputException.of(null, "tip.error.alreadySent");
		}
		return new Receipt(Receipts.grouped(this.receipts.receiptFor(nonce)), true);
	}

	/** The thread a receipt opens, or a 400 for a wrong receipt (rate-limited). */
	@Transactional(readOnly = true)
	public ReporterThread open(String typedReceipt) {
		Opened opened = openByReceipt(typedReceipt);
		List<ReporterThread.Message> messages = Messages.thread(this.reports, opened.report(), opened.dataKey());
		MailboxKind kind = this.mailboxes.kindOf(opened.report().mailboxId()).orElseThrow();
		return new ReporterThread(kind, opened.report().category(), opened.report().status(),
				opened.report().receivedHour(), messages);
	}

	/** The reporter answers or adds to the report. */
	public void reply(String typedReceipt, String text) {
		reply(typedReceipt, text, List.of());
	}

	/** The reporter answers or adds to the report, with photos if any. */
	public void reply(String typedReceipt, String text, List<byte[]> uploads) {
		String clean = Answers.reply(text);
		Photos.checkCount(uploads);
		// the receipt before the photos: no decoding for whoever does not hold one
		Opened opened = openByReceipt(typedReceipt);
		if (!uploads.isEmpty()) {
			this.limits.retry();
		}
		List<Images.Clean> photos = this.photos.cleanAll(uploads);
		Instant hour = ReportStore.hourNow(this.clock);
		Messages.append(this.reports, opened.report(), opened.dataKey(), "REPORTER", null, hour, clean);
		this.photos.store(opened.report().id(), opened.dataKey(), photos, hour);
		this.reports.reporterActive(opened.report().id(), hour);
	}

	/**
	 * A correct receipt always opens its thread, even while wrong ones are throttled (53
	 * bits keep guessing hopeless); a wrong one costs a token of the global wrong-receipt
	 * bucket, and gets the "busy" page once it is empty.
	 */
	private Opened openByReceipt(String typedReceipt) {
		String digits = Receipts.normalize(typedReceipt).orElse(null);
		Receipts.Derived derived = (digits != null) ? this.receipts.derive(digits) : null;
		SealedReport report = (derived != null) ? this.reports.byLookup(derived.lookup()).orElse(null) : null;
		if (report == null) {
			this.limits.wrongReceipt();
			throw InvalidInputException.of("receipt", "receipt.error.wrong");
		}
		return new Opened(report, this.reportKeys.openWithReceipt(report.id(), report.ref(), derived.wrappingKey()));
	}

	private record Opened(SealedReport report, byte[] dataKey) {

	}

}
