package org.causo.shared.web;

/**
 * Who may call what: the role expressions of every {@code @PreAuthorize} in one place, so
 * that a module's pages and its API say the same thing with the same words (see
 * docs/decisions.md, "who sees names").
 */
public final class Allowed {

	/** The province's administrators only: catalogues, units, accounts, the audit log. */
	public static final String ADMINS = "hasRole('PROVINCE_ADMIN')";

	/**
	 * Those who command: administrators and post commanders (imports, mailbox set-up).
	 */
	public static final String COMMAND = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER')";

	/**
	 * The officers: create, edit, assign, reveal national IDs, export lists with names.
	 */
	public static final String OFFICERS = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER')";

	/**
	 * Everyone who works with names: the officers and the support teams, not the analyst.
	 */
	public static final String FIELD = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER','SUPPORT_MEMBER')";

	/** Everyone who reads figures without names: the field roles and the analyst. */
	public static final String FIGURES = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER','SUPPORT_MEMBER','ANALYST')";

	private Allowed() {
	}

}
