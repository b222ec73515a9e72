package org.causo.fieldwork.web;

/** Who may do what in fieldwork (see docs/decisions.md). */
final class FieldRoles {

	/**
	 * Field work with names: everyone but the analyst, who reads figures only (as in the
	 * registry).
	 */
	static final String FIELD = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER','SUPPORT_MEMBER')";

	/**
	 * Teams, assignments and revocations: the post's officers and the province admins.
	 */
	static final String OFFICERS = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER')";

	/** The skill catalogue. */
	static final String ADMIN = "hasRole('PROVINCE_ADMIN')";

	private FieldRoles() {
	}

}
