package org.causo.devices.web;

/** Who may do what with donated phones (see docs/decisions.md). */
final class Roles {

	/** See phones, handovers and the names of receiving residents. */
	static final String READERS = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER','SUPPORT_MEMBER')";

	/** Record field facts: handovers, receipt photos and follow-up visits. */
	static final String FIELD = READERS;

	/** Manage donors, donations and the stock. */
	static final String EDITORS = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER')";

	/** Figures only: everyone, the analyst too. */
	static final String FIGURES = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER','SUPPORT_MEMBER','ANALYST')";

	private Roles() {
	}

}
