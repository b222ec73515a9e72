package org.causo.mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.crypto.Crypto;
import org.causo.shared.crypto.Crypto.CryptoException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' side: inbox, reading (decrypted in memory, audited), triage and questions
 * to the reporter. A report outside the officer's scope answers 404.
 */
@Service
@Transactional
public class Reports {

	private final ReportStore reports;

	private final FileStore files;

	private final KeyGrants grants;

	private final org.causo.identity.Officers officers;

	private final org.causo.identity.OfficerKeys keys;

	private final MailboxStore mailboxStore;

	private final Mailboxes mailboxes;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final java.time.Clock clock;

	private final RecoveryKeys recovery;

	Reports(ReportStore reports, FileStore files, KeyGrants grants, org.causo.identity.Officers officers,
			org.causo.identity.OfficerKeys keys, MailboxStore mailboxStore, Mailboxes mailboxes, AuditTrail audit,
			JsonMapper json, java.time.Clock clock, RecoveryKeys recovery) {
		this.recovery = recovery;
		this.reports = reports;
		this.files = files;
		this.grants = grants;
		this.officers = officers;
		this.keys = keys;
		this.mailboxStore = mailboxStore;
		this.mailboxes = mailboxes;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageOf<ReportSummary> inbox(Scope scope, long officerId, long mailboxId, ReportFilter filter,
			PageOf.Request page) {
		mustSee(officerId, this.mailboxes.get(scope, mailboxId));
		return this.reports.inbox(mailboxId, officerId, filter, page);
	}

	/**
	 * Opens a report: decrypts it for this request if the officer holds a key, and audits
	 * it.
	 */
	public ReportView view(Scope scope, long officerId, Optional<byte[]> privateKey, long reportId) {
		ReportStore.ReportRow report = visible(scope, officerId, reportId);
		Mailbox mailbox = this.mailboxes.get(scope, report.mailboxId());
		Optional<byte[]> dataKey = dataKey(report, officerId, privateKey);
		Map<String, String> answers = Map.of();
		List<ReporterThread.Message> messages = new ArrayList<>();
		if (dataKey.isPresent()) {
			answers = this.json.readValue(
					Crypto.open(dataKey.get(), report.content(), Submissions.context("content", report.ref())),
					new TypeReference<Map<String, String>>() {
					});
			for (ReportStore.MessageRow m : this.reports.messages(reportId)) {
				messages.add(new ReporterThread.Message(m.author(), m.hour(), Messages.read(dataKey.get(), report, m)));
			}
		}
		this.reports.markRead(reportId, officerId, this.clock.instant());
		this.audit.record("REPORT_VIEWED", "report", reportId, "opened=" + dataKey.isPresent());
		String point = this.mailboxStore.point(report.pointId()).map(QrPoint::name).orElse("");
		ReportStore.Assignment assignment = this.reports.assignment(reportId);
		List<ReportView.History> history = this.reports.history(reportId)
			.stream()
			.map((h) -> new ReportView.History(h.at(), h.officer(), h.action(), h.from(), h.to()))
			.toList();
		return new ReportView(reportId, report.mailboxId(), mailbox.kind(), report.category(), report.status(),
				report.receivedHour(), point, dataKey.isPresent(), answers, Answers.extras(answers), messages,
				dataKey.isPresent() ? this.files.list(reportId) : List.of(), assignment.assignee(), assignment.labels(),
				this.officers.displayNames(readers(mailbox)), history, report.status().next());
	}

	/**
	 * One photo of a report, decrypted for this response only; every download is audited.
	 */
	public Photo file(Scope scope, long officerId, Optional<byte[]> privateKey, long reportId, long fileId) {
		ReportStore.ReportRow report = visible(scope, officerId, reportId);
		FileStore.Sealed sealed = this.files.get(reportId, fileId).orElseThrow(() -> new NotFoundException("file"));
		byte[] dataKey = dataKey(report, officerId, privateKey).orElseThrow(() -> new NotFoundException("file"));
		byte[] bytes = Crypto.open(dataKey, sealed.sealed(), Submissions.context("file", sealed.ref()));
		this.audit.record("REPORT_FILE_VIEWED", "report", reportId, "file=" + fileId);
		return new Photo(sealed.contentType(), bytes);
	}

	/**
	 * A decrypted photo.
	 *
	 * @param contentType image/jpeg or image/png
	 * @param bytes the image
	 */
	public record Photo(String contentType, byte[] bytes) {

	}

	/**
	 * Gives the mailbox's current readers who lack them (or hold them only for a key pair
	 * replaced since) the keys of older reports, re-wrapped from the keys the granting
	 * officer holds. Reports the granter cannot open any more are counted, not fatal.
	 */
	public Granted grantOlderReports(Scope scope, long granterId, Optional<byte[]> granterKey, long mailboxId) {
		Mailbox mailbox = this.mailboxes.get(scope, mailboxId);
		byte[] privateKey = granterKey.orElseThrow(() -> InvalidInputException.of(null, "report.error.noKey"));
		byte[] granterPublic = this.keys.publicKeys(List.of(granterId)).get(granterId);
		if (granterPublic == null) {
			throw InvalidInputException.of(null, "report.error.noKey");
		}
		List<Long> readers = this.officers.activeOfficersAt(mailbox.postId(), mailbox.kind().readers());
		Granted granted = this.grants.grant(mailboxId, granterId, privateKey, KeyGrants.fingerprint(granterPublic),
				this.keys.publicKeys(readers));
		this.audit.record("REPORTS_GRANTED", "mailbox", mailboxId,
				"keys=" + granted.keys() + ", unopened=" + granted.unopened());
		return granted;
	}

	/**
	 * Grants a mailbox's reports to its current readers with one of the command's
	 * recovery keys (the current one or one replaced since): only the wraps made for that
	 * key are used.
	 */
	public Granted grantWithRecoveryKey(Scope scope, long mailboxId, String recoveryKey) {
		Mailbox mailbox = this.mailboxes.get(scope, mailboxId);
		byte[] privateKey = RecoveryKeys.parse(recoveryKey);
		long keyId = this.recovery.identify(privateKey)
			.orElseThrow(() -> InvalidInputException.of("recoveryKey", "recovery.error.key"));
		Granted granted = this.grants.grantWithRecovery(mailboxId, keyId, privateKey,
				this.keys.publicKeys(readers(mailbox)));
		this.audit.record("REPORTS_GRANTED_WITH_RECOVERY", "mailbox", mailboxId,
				"keys=" + granted.keys() + ", recoveryKey=" + keyId);
		return granted;
	}

	static final int MAX_LABELS = 10;

	static final int MAX_LABEL = 30;

	/** Assigns the report to one of the mailbox's readers, or to nobody. */
	public void assign(Scope scope, long officerId, long reportId, Long assigneeId) {
		ReportStore.ReportRow report = visible(scope, officerId, reportId);
		Mailbox mailbox = this.mailboxes.get(scope, report.mailboxId());
		if (assigneeId != null && !readers(mailbox).contains(assigneeId)) {
			throw InvalidInputException.of("assignee", "report.error.assignee");
		}
		this.reports.assign(reportId, assigneeId);
		this.reports.history(reportId, officerId, "ASSIGNED", null, null);
		this.audit.record("REPORT_ASSIGNED", "report", reportId,
				"assignee=" + ((assigneeId != null) ? assigneeId : "NONE"));
	}

	/** Replaces the report's labels with a comma-separated list. */
	public void label(Scope scope, long officerId, long reportId, String text) {
		visible(scope, officerId, reportId);
		List<String> labels = new ArrayList<>();
		for (String part : (text != null) ? text.split(",") : new String[0]) {
			String label = org.causo.shared.SearchKey.clean(part);
			if (label != null && !label.isEmpty() && !labels.contains(label)) {
				labels.add(label);
			}
		}
		if (labels.size() > MAX_LABELS || labels.stream().anyMatch((l) -> l.length() > MAX_LABEL)) {
			throw InvalidInputException.of("labels", "report.error.labels", MAX_LABELS, MAX_LABEL);
		}
		this.reports.label(reportId, labels);
		this.reports.history(reportId, officerId, "LABELS", null, null);
		// their number only: labels are free text about the tip, and the audit log
		// outlives
		// the report's retention
		this.audit.record("REPORT_LABELLED", "report", reportId, "labels=" + labels.size());
	}

	private List<Long> readers(Mailbox mailbox) {
		return this.officers.activeOfficersAt(mailbox.postId(), mailbox.kind().readers());
	}

	/**
	 * Reports in the officer's mailboxes that the officer has not opened yet, for the
	 * menu.
	 */
	@Transactional(readOnly = true)
	public long unread(Scope scope, long officerId) {
		List<Long> mailboxIds = this.mailboxes.ids(scope);
		return mailboxIds.isEmpty() ? 0 : this.reports.unread(mailboxIds, officerId);
	}

	public void changeStatus(Scope scope, long officerId, long reportId, ReportStatus to) {
		ReportStore.ReportRow report = visible(scope, officerId, reportId);
		if (to == null || !report.status().next().contains(to)) {
			throw InvalidInputException.of("status", "report.error.transition");
		}
		this.reports.setStatus(reportId, to);
		this.reports.history(reportId, officerId, "STATUS", report.status().name(), to.name());
		this.audit.record("REPORT_STATUS_CHANGED", "report", reportId, report.status() + " -> " + to);
	}

	/** A question or answer to the reporter, sealed like the report. */
	public void ask(Scope scope, long officerId, Optional<byte[]> privateKey, long reportId, String text) {
		ReportStore.ReportRow report = visible(scope, officerId, reportId);
		List<Problem> problems = new ArrayList<>();
		String clean = Answers.checkText(text, "text", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		byte[] dataKey = dataKey(report, officerId, privateKey)
			.orElseThrow(() -> InvalidInputException.of(null, "report.error.noKey"));
		Messages.append(this.reports, report, dataKey, "OFFICER", officerId, ReportStore.hourNow(this.clock), clean);
		this.reports.history(reportId, officerId, "MESSAGE", null, null);
		this.audit.record("REPORT_MESSAGE_SENT", "report", reportId, null);
	}

	private ReportStore.ReportRow visible(Scope scope, long officerId, long reportId) {
		ReportStore.ReportRow report = this.reports.byId(reportId).orElseThrow(() -> new NotFoundException("report"));
		mustSee(officerId, this.mailboxes.get(scope, report.mailboxId()));
		return report;
	}

	/**
	 * Only the readers' roles of a mailbox's kind (and, for crime tips, the province's
	 * administrators) see its inbox: the soldiers' feedback is the commander's, and a
	 * post officer does not even learn when it arrived.
	 */
	private void mustSee(long officerId, Mailbox mailbox) {
		if (!this.mailboxes.sees(officerId, mailbox)) {
			throw new NotFoundException("mailbox");
		}
	}

	private Optional<byte[]> dataKey(ReportStore.ReportRow report, long officerId, Optional<byte[]> privateKey) {
		if (privateKey.isEmpty()) {
			return Optional.empty();
		}
		return this.reports.key(report.id(), "OFFICER", officerId).flatMap((wrapped) -> {
			try {
				return Optional.of(Crypto.unwrapWith(privateKey.get(), wrapped,
						Submissions.officerContext(officerId, report.ref())));
			}
			catch (CryptoException ex) {
				return Optional.empty();
			}
		});
	}

}
