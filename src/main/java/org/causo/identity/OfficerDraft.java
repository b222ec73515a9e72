package org.causo.identity;

/**
 * What an admin types to create or edit an account. On edit the username and password are
 * ignored.
 *
 * @param username login name: 3 to 40 of a-z, 0-9, dot, dash, underscore
 * @param displayName full name
 * @param role role
 * @param scopeUnitId province or commune (for admins and analysts)
 * @param scopePostId post (for post roles, and optionally analysts)
 * @param password initial password, to be changed at first login
 * @param disabled whether the account is switched off
 * @param email e-mail address for the mailbox digest, or null
 * @param digest whether the officer gets the mailbox digest (needs an e-mail address)
 */
public record OfficerDraft(String username, String displayName, Role role, Long scopeUnitId, Long scopePostId,
		String password, boolean disabled, String email, boolean digest) {

}
