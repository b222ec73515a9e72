package org.causo.identity.accounts;

import org.causo.identity.OfficerDraft;
import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first national administrator on a new database, from
 * {@code CAUSO_ADMIN_USERNAME} and {@code CAUSO_ADMIN_PASSWORD} (or
 * {@code --causo.admin.username=… --causo.admin.password=…}). There is no default
 * password: without both values nothing is created. It does nothing once an administrator
 * exists. The password must be changed, and TOTP enrolled, at first login.
 */
@Component
@Order(10)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Officers officers;

	private final String username;

	private final String password;

	FirstAdmin(Officers officers, @Value("${causo.admin.username:}") String username,
			@Value("${causo.admin.password:}") String password) {
		this.officers = officers;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.officers.anyActive(Role.PROVINCE_ADMIN)) {
			return;
		}
		if (this.username.isBlank() || this.password.isBlank()) {
			log.warn("No administrator exists yet. Set CAUSO_ADMIN_USERNAME and CAUSO_ADMIN_PASSWORD "
					+ "and restart to create the first one (see docs/operations.md).");
			return;
		}
		this.officers.create(Scope.all(), new OfficerDraft(this.username, this.username, Role.PROVINCE_ADMIN, null,
				null, this.password, false, null, false), true, false);
		log.info("Created the first administrator '{}'. Log in, change the password and enrol TOTP.",
				this.username.toLowerCase(java.util.Locale.ROOT));
	}

}
