package org.causo.registry.web;

/** Who may do what in the registry (see docs/decisions.md). */
final class Roles {

	/** See names and phones: everyone but the analyst, who reads figures only. */
	static final String READERS = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER','SUPPORT_MEMBER')";

	/** Create, edit, move, archive; reveal national IDs; export lists. */
	static final String EDITORS = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER')";

	/** Import whole files. */
	static final String IMPORTERS = "hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER')";

	/**
	 * The same, as authorities, for the upload's guard that runs before Spring Security.
	 */
	static final java.util.Set<String> IMPORTER_AUTHORITIES = java.util.Set.of("ROLE_PROVINCE_ADMIN",
			"ROLE_POST_COMMANDER");

	private Roles() {
	}

}
