package org.causo.support;

import java.util.Map;

import org.causo.support.WebSession.Page;
import org.jsoup.Jsoup;

/**
 * An officer's first login, as a person goes through it: the initial password, the forced
 * change of password, and for roles that need it TOTP enrolment with the secret the
 * enrolment page shows.
 */
public final class FirstLogin {

	private FirstLogin() {
	}

	/**
	 * Goes through the first login and returns the account as it now logs in (new
	 * password, TOTP secret or null); fails if a step does not lead where it should.
	 */
	public static DemoAccounts.Account complete(WebSession web, TestClock clock, String username,
			String initialPassword, String newPassword) {
		web.get("/login");
		Page login = web.post("/login", Map.of("username", username, "password", initialPassword));
		expect(login, "/account/password");
		web.get("/account/password");
		Page changed = web.post("/account/password",
				Map.of("current", initialPassword, "next", newPassword, "confirmation", newPassword));
		if (changed.location() != null && changed.location().endsWith("/account/totp")) {
			String secret = enrolTotp(web, clock);
			return new DemoAccounts.Account(username, newPassword, null, null, null, secret);
		}
		expect(changed, "/");
		return new DemoAccounts.Account(username, newPassword, null, null, null, null);
	}

	/**
	 * The first login after an admin reset the password of an account with TOTP: the
	 * temporary password, the code, then the forced change. Returns the account as it now
	 * logs in.
	 */
	public static DemoAccounts.Account afterReset(WebSession web, TestClock clock, DemoAccounts.Account account,
			String temporaryPassword, String newPassword) {
		web.get("/login");
		expect(web.post("/login", Map.of("username", account.username(), "password", temporaryPassword)),
				"/login/totp");
		web.get("/login/totp");
		expect(web.post("/login/totp", Map.of("code", Totp.freshCode(clock, account.totpSecret()))),
				"/account/password");
		web.get("/account/password");
		expect(web.post("/account/password",
				Map.of("current", temporaryPassword, "next", newPassword, "confirmation", newPassword)), "/");
		return new DemoAccounts.Account(account.username(), newPassword, null, null, null, account.totpSecret());
	}

	/**
	 * Starts enrolment on the TOTP page, reads the secret shown, confirms with a code.
	 */
	public static String enrolTotp(WebSession web, TestClock clock) {
		web.get("/account/totp");
		expect(web.post("/account/totp/start", Map.of()), "/account/totp");
		String secret = Jsoup.parse(web.get("/account/totp").body()).select("#totp-secret").text();
		if (secret.isEmpty()) {
			throw new IllegalStateException("no TOTP secret on /account/totp");
		}
		expect(web.post("/account/totp/confirm", Map.of("code", Totp.freshCode(clock, secret))), "/");
		return secret;
	}

	private static void expect(Page page, String pathEnd) {
		if (page.status() != 302 || page.location() == null || !page.location().endsWith(pathEnd)) {
			throw new IllegalStateException(
					"expected a redirect to " + pathEnd + " but got " + page.status() + " " + page.location());
		}
	}

}
