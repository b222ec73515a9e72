package org.causo.mailbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.mailbox.cases.CaseRules;
import org.causo.mailbox.cases.CaseStore;
import org.causo.mailbox.reports.ReportStore;
import org.causo.mailbox.reports.SealedReport;
import org.causo.orgunit.BorderPosts;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases a post opens from its reports, and their outcomes: arrests, prosecution,
 * seizures. A case of a post outside the officer's scope, or opened from a mailbox whose
 * reports the officer's role does not see (the soldiers' feedback), answers 404.
 */
@Service
@Transactional
public class Cases {

	private final CaseStore store;

	private final ReportStore reportStore;

	private final Reports reports;

	private final Mailboxes mailboxes;

	private final BorderPosts posts;

	private final AuditTrail audit;

	private final Clock clock;

	Cases(CaseStore store, ReportStore reportStore, Reports reports, Mailboxes mailboxes, BorderPosts posts,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.reportStore = reportStore;
		this.reports = reports;
		this.mailboxes = mailboxes;
		this.posts = posts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Cases of the posts in scope, or of one of them; {@code status} may be null. */
	@Transactional(readOnly = true)
	public List<CaseSummary> list(Scope scope, long officerId, Long postId, String status) {
		List<Long> visible = this.mailboxes.posts(scope);
		if (postId != null) {
			if (!visible.contains(postId)) {
				throw new NotFoundException("post");
			}
			visible = List.of(postId);
		}
		return this.store.list(visible, this.mailboxes.kindsSeenBy(officerId), status);
	}

	@Transactional(readOnly = true)
	public CaseView get(Scope scope, long officerId, long id) {
		CaseSummary c = summary(scope, officerId, id);
		String postName = this.posts.findAnywhere(c.postId()).map((p) -> p.name()).orElse("");
		return new CaseView(c.id(), c.postId(), postName, c.title(), c.kind(), c.status(), c.prosecuted(), c.arrests(),
				c.openedAt(), this.store.reports(id), this.store.seizures(id), this.store.history(id));
	}

	/** The case a report feeds, if any. */
	@Transactional(readOnly = true)
	public Optional<CaseSummary> ofReport(Scope scope, long officerId, long reportId) {
		visibleReport(scope, officerId, reportId);
		return this.store.caseOfReport(reportId).map((id) -> summary(scope, officerId, id));
	}

	/**
	 * Open cases the report could be added to: those of its post opened from the same
	 * kind of mailbox.
	 */
	@Transactional(readOnly = true)
	public List<CaseSummary> candidates(Scope scope, long officerId, long reportId) {
		Visible report = visibleReport(scope, officerId, reportId);
		return this.store.list(List.of(report.postId()), List.of(report.kind()), "OPEN");
	}

	/** Opens a case from a report of the post, and links the report to it. */
	public CaseView open(Scope scope, long officerId, long reportId, CaseDraft draft) {
		Visible report = visibleReport(scope, officerId, reportId);
		List<Problem> problems = new ArrayList<>();
		String title = CaseRules.title(draft.title(), problems);
		CaseKind kind = CaseRules.kind(draft.kind(), problems);
		CaseRules.check(problems);
		requireUnlinked(reportId);
		long id = this.store.insert(report.postId(), reportId, title, kind, this.clock.instant());
		this.store.history(id, officerId, "OPENED", "kind=" + kind.name());
		this.audit.record("CASE_OPENED", "case", id, "kind=" + kind + ", report=" + reportId);
		linkAndMove(scope, officerId, id, report);
		return get(scope, officerId, id);
	}

	/**
	 * Adds a report of the same post and the same kind of mailbox to an open case: a
	 * feedback report in a crime-tip case would show to the post's officers.
	 */
	public CaseView link(Scope scope, long officerId, long caseId, long reportId) {
		CaseSummary c = summary(scope, officerId, caseId);
		Visible report = visibleReport(scope, officerId, reportId);
		if (report.postId() != c.postId()) {
			throw InvalidInputException.of("reportId", "mailbox.case.error.otherPost");
		}
		if (this.store.kindOf(caseId) != report.kind()) {
			throw InvalidInputException.of("reportId", "mailbox.case.error.otherKind");
		}
		if (!"OPEN".equals(c.status())) {
			throw InvalidInputException.of("reportId", "mailbox.case.error.closed");
		}
		requireUnlinked(reportId);
		linkAndMove(scope, officerId, caseId, report);
		return get(scope, officerId, caseId);
	}

	/** Records the outcome: title, kind, status, prosecution, arrests, seizures. */
	public CaseView record(Scope scope, long officerId, long caseId, CaseOutcome outcome) {
		CaseSummary before = summary(scope, officerId, caseId);
		List<Problem> problems = new ArrayList<>();
		String title = CaseRules.title(outcome.title(), problems);
		CaseKind kind = CaseRules.kind(outcome.kind(), problems);
		String status = CaseRules.status(outcome.status(), problems);
		int arrests = CaseRules.arrests(outcome.arrests(), problems);
		List<CaseView.Seizure> seizures = CaseRules.seizures(outcome.seizures(), problems);
		CaseRules.check(problems);
		boolean prosecuted = Boolean.TRUE.equals(outcome.prosecuted());
		this.store.update(caseId, title, kind, status, prosecuted, arrests, this.clock.instant());
		this.store.replaceSeizures(caseId, seizures);
		// key=value, shown in the reader's language by the pages (ReadableDetails)
		String details = "kind=" + kind + ", status=" + status + ", prosecuted=" + prosecuted + ", arrests=" + arrests
				+ ", seizures=" + seizures.size();
		this.store.history(caseId, officerId, "OUTCOME", details);
		if (!before.status().equals(status)) {
			this.store.history(caseId, officerId, status.equals("CLOSED") ? "CLOSED" : "REOPENED", null);
		}
		this.audit.record("CASE_UPDATED", "case", caseId, details);
		return get(scope, officerId, caseId);
	}

	private void linkAndMove(Scope scope, long officerId, long caseId, Visible report) {
		this.store.link(caseId, report.id());
		this.store.history(caseId, officerId, "REPORT_LINKED", "report=" + report.id());
		this.audit.record("CASE_REPORT_LINKED", "case", caseId, "report=" + report.id());
		if (report.status().next().contains(ReportStatus.CASE_OPENED)) {
			this.reports.changeStatus(scope, officerId, report.id(), ReportStatus.CASE_OPENED);
		}
	}

	private void requireUnlinked(long reportId) {
		if (this.store.caseOfReport(reportId).isPresent()) {
			throw InvalidInputException.of("reportId", "mailbox.case.error.linked");
		}
	}

	private CaseSummary summary(Scope scope, long officerId, long id) {
		return this.store.get(id, this.mailboxes.posts(scope), this.mailboxes.kindsSeenBy(officerId))
			.orElseThrow(() -> new NotFoundException("case"));
	}

	/**
	 * A report the officer sees; any other answers 404 exactly like a missing one, so
	 * that trying ids reveals nothing.
	 */
	private Visible visibleReport(Scope scope, long officerId, long reportId) {
		SealedReport row = this.reportStore.byId(reportId).orElseThrow(() -> new NotFoundException("report"));
		Mailbox mailbox = this.mailboxes.get(scope, row.mailboxId());
		if (!this.mailboxes.sees(officerId, mailbox)) {
			throw new NotFoundException("report");
		}
		return new Visible(row.id(), mailbox.postId(), mailbox.kind(), row.status());
	}

	private record Visible(long id, long postId, MailboxKind kind, ReportStatus status) {

	}

}
