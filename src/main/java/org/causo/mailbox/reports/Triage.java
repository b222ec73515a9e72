package org.causo.mailbox.reports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.mailbox.ReportStatus;
import org.causo.shared.InvalidInputException;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Component;

/**
 * What officers do to a report they see: move its status, assign it, label it, write to
 * the reporter. Each step goes into the report's history and the audit log, never with
 * the free text itself. The caller has checked that the officer sees the report.
 */
@Component
public class Triage {

	static final int MAX_LABELS = 10;

	static final int MAX_LABEL = 30;

	private final TriageStore store;

	private final ReportStore reports;

	private final AuditTrail audit;

	private final Clock clock;

	Triage(TriageStore store, ReportStore reports, AuditTrail audit, Clock clock) {
		this.store = store;
		this.reports = reports;
		this.audit = audit;
		this.clock = clock;
	}

	public void changeStatus(SealedReport report, long officerId, ReportStatus to) {
		if (to == null || !report.status().next().contains(to)) {
			throw InvalidInputException.of("status", "report.error.transition");
		}
		this.store.setStatus(report.id(), to);
		this.store.history(report.id(), officerId, "STATUS", report.status().name(), to.name());
		this.audit.record("REPORT_STATUS_CHANGED", "report", report.id(), report.status() + " -> " + to);
	}

	/** Assigns the report to one of {@code readers}, or to nobody. */
	public void assign(long reportId, long officerId, Long assigneeId, List<Long> readers) {
		if (assigneeId != null && !readers.contains(assigneeId)) {
			throw InvalidInputException.of("assignee", "report.error.assignee");
		}
		this.store.assign(reportId, assigneeId);
		this.store.history(reportId, officerId, "ASSIGNED", null, null);
		this.audit.record("REPORT_ASSIGNED", "report", reportId,
				"assignee=" + ((assigneeId != null) ? assigneeId : "NONE"));
	}

	/** Replaces the report's labels with a comma-separated list. */
	public void label(long reportId, long officerId, String text) {
		List<String> labels = labels(text);
		this.store.label(reportId, labels);
		this.store.history(reportId, officerId, "LABELS", null, null);
		// their number only: labels are free text about the tip, and the audit log
		// outlives the report's retention
		this.audit.record("REPORT_LABELLED", "report", reportId, "labels=" + labels.size());
	}

	/** A question or answer to the reporter, sealed under the report's data key. */
	public void ask(SealedReport report, long officerId, byte[] dataKey, String clean) {
		Messages.append(this.reports, report, dataKey, "OFFICER", officerId, ReportStore.hourNow(this.clock), clean);
		this.store.history(report.id(), officerId, "MESSAGE", null, null);
		this.audit.record("REPORT_MESSAGE_SENT", "report", report.id(), null);
	}

	/** Cleaned, without blanks or repeats; a 400 when too many or too long. */
	private static List<String> labels(String text) {
		List<String> labels = new ArrayList<>();
		for (String part : (text != null) ? text.split(",") : new String[0]) {
			String label = SearchKey.clean(part);
			if (label != null && !label.isEmpty() && !labels.contains(label)) {
				labels.add(label);
			}
		}
		if (labels.size() > MAX_LABELS || labels.stream().anyMatch((l) -> l.length() > MAX_LABEL)) {
			throw InvalidInputException.of("labels", "report.error.labels", MAX_LABELS, MAX_LABEL);
		}
		return labels;
	}

}
