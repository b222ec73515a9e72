package org.causo.mailbox.reports;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.identity.Officers;
import org.causo.mailbox.Mailbox;
import org.causo.mailbox.QrPoint;
import org.causo.mailbox.ReporterThread;
import org.causo.mailbox.ReportView;
import org.causo.mailbox.keys.ReportKeys;
import org.causo.mailbox.points.MailboxStore;
import org.causo.mailbox.submissions.Answers;
import org.causo.shared.crypto.Crypto;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A report as an officer reads it: opened in memory with the data key the officer holds
 * (or shown sealed without one), marked read and audited. The caller has checked that the
 * officer sees it.
 */
@Component
public class ReportReading {

	private final ReportStore reports;

	private final TriageStore triage;

	private final FileStore files;

	private final MailboxStore mailboxes;

	private final Officers officers;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	ReportReading(ReportStore reports, TriageStore triage, FileStore files, MailboxStore mailboxes, Officers officers,
			AuditTrail audit, JsonMapper json, Clock clock) {
		this.reports = reports;
		this.triage = triage;
		this.files = files;
		this.mailboxes = mailboxes;
		this.officers = officers;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The report with its answers, thread and photos if {@code dataKey} is given.
	 * @param readers the mailbox's current readers, to whom it may be assigned
	 */
	public ReportView view(SealedReport report, Mailbox mailbox, long officerId, Optional<byte[]> dataKey,
			List<Long> readers) {
		long reportId = report.id();
		Map<String, String> answers = dataKey.map((key) -> answers(report, key)).orElse(Map.of());
		List<ReporterThread.Message> messages = dataKey.map((key) -> Messages.thread(this.reports, report, key))
			.orElse(List.of());
		this.triage.markRead(reportId, officerId, this.clock.instant());
		this.audit.record("REPORT_VIEWED", "report", reportId, "opened=" + dataKey.isPresent());
		String point = this.mailboxes.point(report.pointId()).map(QrPoint::name).orElse("");
		TriageStore.Assignment assignment = this.triage.assignment(reportId);
		return new ReportView(reportId, report.mailboxId(), mailbox.kind(), report.category(), report.status(),
				report.receivedHour(), point, dataKey.isPresent(), answers, Answers.extras(answers), messages,
				dataKey.isPresent() ? this.files.list(reportId) : List.of(), assignment.assignee(), assignment.labels(),
				this.officers.displayNames(readers), this.triage.history(reportId), report.status().next());
	}

	private Map<String, String> answers(SealedReport report, byte[] dataKey) {
		return this.json.readValue(Crypto.open(dataKey, report.content(), ReportKeys.context("content", report.ref())),
				new TypeReference<Map<String, String>>() {
				});
	}

}
