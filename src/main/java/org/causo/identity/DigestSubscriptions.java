package org.causo.identity;

import java.util.ArrayList;
import java.util.List;

import org.causo.identity.accounts.OfficerRow;
import org.causo.identity.accounts.OfficerScopes;
import org.causo.identity.accounts.OfficerStore;
import org.causo.identity.digest.DigestSettings;
import org.causo.identity.digest.DigestSettings.Choice;
import org.causo.identity.digest.EmailAddress;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wants the mailbox digest by e-mail: the officer's own address and opt-in, and the
 * list the mailbox module sends to.
 */
@Service
@Transactional
public class DigestSubscriptions {

	private final OfficerStore store;

	private final OfficerScopes scopes;

	private final DigestSettings settings;

	DigestSubscriptions(OfficerStore store, OfficerScopes scopes, DigestSettings settings) {
		this.store = store;
		this.scopes = scopes;
		this.settings = settings;
	}

	/**
	 * Sets the officer's own e-mail address and digest opt-in; returns the account as it
	 * is now.
	 */
	public OfficerView change(long officerId, String email, boolean digest) {
		OfficerRow officer = this.store.get(officerId);
		List<Problem> problems = new ArrayList<>();
		String clean = EmailAddress.check(email, digest, problems);
		InvalidInputException.throwIfAny(problems);
		this.settings.change(officerId, officer.username(), new Choice(officer.email(), officer.digest()),
				new Choice(clean, digest));
		return this.scopes.view(this.store.get(officerId));
	}

	/**
	 * Active officers who want the mailbox digest and have an address; the mailbox module
	 * decides what, if anything, is new for each.
	 */
	@Transactional(readOnly = true)
	public List<DigestRecipient> recipients() {
		return this.settings.recipients();
	}

}
