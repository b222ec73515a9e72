package org.causo.identity;

/**
 * An officer account as admins and the officer see it; never the password or TOTP secret.
 *
 * @param id id
 * @param username login name
 * @param displayName full name
 * @param role role
 * @param scopeUnitId province or commune the account is scoped to, if any
 * @param scopePostId post the account belongs to, if any
 * @param scopeLabel the name of that unit or post, or null for the whole country
 * @param totpEnabled whether two-factor login is on
 * @param mustChangePassword whether the next login must set a new password
 * @param locked whether repeated failures locked the account for now
 * @param disabled whether the account is switched off
 * @param demo whether this is a demo account
 * @param email e-mail address for the mailbox digest, or null
 * @param digest whether the officer gets the mailbox digest
 */
public record OfficerView(long id, String username, String displayName, Role role, Long scopeUnitId, Long scopePostId,
		String scopeLabel, boolean totpEnabled, boolean mustChangePassword, boolean locked, boolean disabled,
		boolean demo, String email, boolean digest) {

}
