package org.causo.mailbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A case with its reports, outcomes and history. Report content never appears here.
 *
 * @param id id
 * @param postId the post that runs it
 * @param postName that post's name
 * @param title title
 * @param kind major or other
 * @param status {@code OPEN} or {@code CLOSED}
 * @param prosecuted whether criminal proceedings were started
 * @param arrests people arrested
 * @param openedAt when it was opened
 * @param reports the reports that feed it
 * @param seizures what was seized
 * @param history who changed what
 */
public record CaseView(long id, long postId, String postName, String title, CaseKind kind, String status,
		boolean prosecuted, int arrests, Instant openedAt, List<LinkedReport> reports, List<Seizure> seizures,
		List<History> history) {

	/**
	 * A report linked to the case: metadata only.
	 *
	 * @param id id
	 * @param mailboxId its mailbox
	 * @param category category
	 * @param status triage status
	 * @param receivedHour when it arrived, to the hour
	 */
	public record LinkedReport(long id, long mailboxId, String category, ReportStatus status, Instant receivedHour) {

	}

	/**
	 * One seizure.
	 *
	 * @param kind what: a {@link SeizureKind} (free text in cases recorded before the
	 * list)
	 * @param quantity how much
	 * @param unit unit
	 */
	public record Seizure(String kind, BigDecimal quantity, SeizureUnit unit) implements SeizedAmount {

	}

	/**
	 * One change.
	 *
	 * @param at when
	 * @param officer who
	 * @param action what
	 * @param details a short, content-free description
	 */
	public record History(Instant at, String officer, String action, String details) {

	}

}
