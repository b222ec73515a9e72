package org.causo.identity.login;

import java.time.Clock;

import org.causo.identity.accounts.OfficerRow;
import org.causo.identity.accounts.OfficerScopes;
import org.causo.identity.accounts.OfficerStore;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads officers for the login form. */
@Service
class OfficerDetailsService implements UserDetailsService {

	private final OfficerStore store;

	private final OfficerScopes scopes;

	private final Clock clock;

	private final LoginDevices devices;

	OfficerDetailsService(OfficerStore store, OfficerScopes scopes, Clock clock, LoginDevices devices) {
		this.store = store;
		this.scopes = scopes;
		this.clock = clock;
		this.devices = devices;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		OfficerRow row = this.store.findByUsername(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		boolean locked = row.locked(this.clock.instant()) && !this.devices.knows(row.id());
		return new OfficerPrincipal(row, this.scopes.scopeOf(row), locked && !row.totpEnabled());
	}

	/**
	 * A locked account with TOTP is not locked at the password step: the right password
	 * leads to the TOTP step, where the code opens the lock (see {@link LoginHandlers}).
	 * Nor is an account locked for a browser it has logged in from before
	 * ({@link LoginDevices}): the lock stops strangers, not the officer.
	 */
	OfficerPrincipal principal(OfficerRow row) {
		return new OfficerPrincipal(row, this.scopes.scopeOf(row),
				row.locked(this.clock.instant()) && !row.totpEnabled());
	}

}
