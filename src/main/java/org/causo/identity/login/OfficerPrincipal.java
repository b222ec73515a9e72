package org.causo.identity.login;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.causo.identity.Role;
import org.causo.identity.accounts.OfficerRow;
import org.causo.shared.Actor;
import org.causo.shared.Scope;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in officer, kept in the shared session. It carries no authority of its own:
 * the login steps grant them once password, second factor and password change are done.
 */
final class OfficerPrincipal implements UserDetails, CredentialsContainer, Actor {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Scope scope;

	private final boolean totpEnabled;

	private final boolean mustChangePassword;

	private final boolean locked;

	private final boolean disabled;

	private String passwordHash;

	OfficerPrincipal(OfficerRow row, Scope scope, boolean locked) {
		this.id = row.id();
		this.username = row.username();
		this.displayName = row.displayName();
		this.role = row.role();
		this.scope = scope;
		this.totpEnabled = row.totpEnabled();
		this.mustChangePassword = row.mustChangePassword();
		this.locked = locked;
		this.disabled = row.disabled();
		this.passwordHash = row.passwordHash();
	}

	@Override
	public long officerId() {
		return this.id;
	}

	@Override
	public String username() {
		return this.username;
	}

	@Override
	public Scope scope() {
		return this.scope;
	}

	String displayName() {
		return this.displayName;
	}

	Role role() {
		return this.role;
	}

	boolean totpEnabled() {
		return this.totpEnabled;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return !this.disabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OfficerPrincipal that && that.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "Officer[" + this.username + "]";
	}

}
