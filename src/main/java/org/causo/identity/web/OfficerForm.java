package org.causo.identity.web;

import org.causo.identity.OfficerDraft;
import org.causo.identity.OfficerView;
import org.causo.identity.Role;

/** The account form as the browser sends it. */
class OfficerForm {

	private String username;

	private String displayName;

	private Role role;

	private Long scopeUnitId;

	private Long scopePostId;

	private String password;

	private boolean disabled;

	private String email;

	private boolean digest;

	static OfficerForm of(OfficerView officer) {
		OfficerForm form = new OfficerForm();
		form.username = officer.username();
		form.displayName = officer.displayName();
		form.role = officer.role();
		form.scopeUnitId = officer.scopeUnitId();
		form.scopePostId = officer.scopePostId();
		form.disabled = officer.disabled();
		form.email = officer.email();
		form.digest = officer.digest();
		return form;
	}

	OfficerDraft toDraft() {
		return new OfficerDraft(this.username, this.displayName, this.role, this.scopeUnitId, this.scopePostId,
				this.password, this.disabled, this.email, this.digest);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getScopeUnitId() {
		return this.scopeUnitId;
	}

	public void setScopeUnitId(Long scopeUnitId) {
		this.scopeUnitId = scopeUnitId;
	}

	public Long getScopePostId() {
		return this.scopePostId;
	}

	public void setScopePostId(Long scopePostId) {
		this.scopePostId = scopePostId;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public boolean isDisabled() {
		return this.disabled;
	}

	public void setDisabled(boolean disabled) {
		this.disabled = disabled;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isDigest() {
		return this.digest;
	}

	public void setDigest(boolean digest) {
		this.digest = digest;
	}

}
