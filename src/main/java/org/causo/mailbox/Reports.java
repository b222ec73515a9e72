package org.causo.mailbox;

import java.util.List;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.identity.Officers;
import org.causo.mailbox.inbox.InboxQuery;
import org.causo.mailbox.keys.KeyGrants;
import org.causo.mailbox.keys.ReportKeys;
import org.causo.mailbox.reports.FileStore;
import org.causo.mailbox.reports.ReportReading;
import org.causo.mailbox.reports.ReportStore;
import org.causo.mailbox.reports.SealedReport;
import org.causo.mailbox.reports.Triage;
import org.causo.mailbox.submissions.Answers;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.crypto.Crypto;

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

	private final Triage triage;

	private final InboxQuery inbox;

	private final ReportReading reading;

	private final FileStore files;

	private final ReportKeys keys;

	private final KeyGrants grants;

	private final Officers officers;

	private final Mailboxes mailboxes;

	private final AuditTrail audit;

	Reports(ReportStore reports, Triage triage, InboxQuery inbox, ReportReading reading, FileStore files,
			ReportKeys keys, KeyGrants grants, Officers officers, Mailboxes mailboxes, AuditTrail audit) {
		this.reports = reports;
		this.triage = triage;
		this.inbox = inbox;
		this.reading = reading;
		this.files = files;
		this.keys = keys;
		this.grants = grants;
		this.officers = officers;
		this.mailboxes = mailboxes;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public PageOf<ReportSummary> inbox(Scope scope, long officerId, long mailboxId, ReportFilter filter,
			PageOf.Request page) {
		mustSee(officerId, this.mailboxes.get(scope, mailboxId));
		return this.inbox.inbox(mailboxId, officerId, filter, page);
	}

	/**
	 * Opens a report: decrypts it for this request if the officer holds a key, and audits
	 * it.
	 */
	public ReportView view(Scope scope, long officerId, Optional<byte[]> privateKey, long reportId) {
		SealedReport report = visible(scope, officerId, reportId);
		Mailbox mailbox = this.mailboxes.get(scope, report.mailboxId());
		return this.reading.view(report, mailbox, officerId, dataKey(report, officerId, privateKey), readers(mailbox));
	}

	/**
	 * One photo of a report, decrypted for this response only; every download is audited.
	 */
	public Photo file(Scope scope, long officerId, Optional<byte[]> privateKey, long reportId, long fileId) {
		SealedReport report = visible(scope, officerId, reportId);
		FileStore.Sealed sealed = this.files.get(reportId, fileId).orElseThrow(() -> new NotFoundException("file"));
		byte[] dataKey = dataKey(report, officerId, privateKey).orElseThrow(() -> new NotFoundException("file"));
		byte[] bytes = Crypto.open(dataKey, sealed.sealed(), ReportKeys.context("file", sealed.ref()));
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
		return this.grants.grantOlderReports(mailboxId, granterId, granterKey, readers(mailbox));
	}

	/**
	 * Grants a mailbox's reports to its current readers with one of the command's
	 * recovery keys (the current one or one replaced since): only the wraps made for that
	 * key are used.
	 */
	public Granted grantWithRecoveryKey(Scope scope, long mailboxId, String recoveryKey) {
		Mailbox mailbox = this.mailboxes.get(scope, mailboxId);
		return this.grants.grantWithRecoveryKey(mailboxId, recoveryKey, readers(mailbox));
	}

	/** Assigns the report to one of the mailbox's readers, or to nobody. */
	public void assign(Scope scope, long officerId, long reportId, Long assigneeId) {
		SealedReport report = visible(scope, officerId, reportId);
		this.triage.assign(reportId, officerId, assigneeId, readers(this.mailboxes.get(scope, report.mailboxId())));
	}

	/** Replaces the report's labels with a comma-separated list. */
	public void label(Scope scope, long officerId, long reportId, String text) {
		visible(scope, officerId, reportId);
		this.triage.label(reportId, officerId, text);
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
		return mailboxIds.isEmpty() ? 0 : this.inbox.unread(mailboxIds, officerId);
	}

	public void changeStatus(Scope scope, long officerId, long reportId, ReportStatus to) {
		this.triage.changeStatus(visible(scope, officerId, reportId), officerId, to);
	}

	/** A question or answer to the reporter, sealed like the report. */
	public void ask(Scope scope, long officerId, Optional<byte[]> privateKey, long reportId, String text) {
		SealedReport report = visible(scope, officerId, reportId);
		String clean = Answers.officerMessage(text);
		byte[] dataKey = dataKey(report, officerId, privateKey)
			.orElseThrow(() -> InvalidInputException.of(null, "report.error.noKey"));
		this.triage.ask(report, officerId, dataKey, clean);
	}

	private SealedReport visible(Scope scope, long officerId, long reportId) {
		SealedReport report = this.reports.byId(reportId).orElseThrow(() -> new NotFoundException("report"));
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

	private Optional<byte[]> dataKey(SealedReport report, long officerId, Optional<byte[]> privateKey) {
		return this.keys.openForOfficer(report.id(), report.ref(), officerId, privateKey);
	}

}
