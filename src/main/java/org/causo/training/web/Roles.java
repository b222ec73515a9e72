package org.causo.training.web;

/** Who may do what with classes (see docs/decisions.md). */
final class Roles {

	/** See classes and the names of those who attended. */
	static final String READERS = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER','SUPPORT_MEMBER')";

	/** Record attendance, walk-ins included: the field facts of a class. */
	static final String FIELD = READERS;

	/** Plan classes and mark their skills reached. */
	static final String EDITORS = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER')";

	/** Figures only: everyone, the analyst too. */
	static final String FIGURES = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER','SUPPORT_MEMBER','ANALYST')";

	private Roles() {
	}

}
