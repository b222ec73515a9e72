package org.causo.mailbox;

import java.util.EnumSet;
import java.util.Set;

/** Triage: new → under review → valuable / not valuable / spam → case opened → closed. */
public enum ReportStatus {

	NEW, UNDER_REVIEW, VALUABLE, NOT_VALUABLE, SPAM, CASE_OPENED, CLOSED;

	/** The statuses a report may move to from this one. */
	public Set<ReportStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(UNDER_REVIEW, SPAM);
			case UNDER_REVIEW -> EnumSet.of(VALUABLE, NOT_VALUABLE, SPAM);
			case VALUABLE -> EnumSet.of(CASE_OPENED, CLOSED, UNDER_REVIEW);
			case NOT_VALUABLE, SPAM -> EnumSet.of(CLOSED, UNDER_REVIEW);
			case CASE_OPENED -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.of(UNDER_REVIEW);
		};
	}

}
