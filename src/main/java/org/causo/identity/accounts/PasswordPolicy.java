package org.causo.identity.accounts;

import java.util.List;
import java.util.Locale;

import org.causo.shared.InvalidInputException.Problem;

/**
 * Long passwords over complex ones: at least 10 characters, not containing the username.
 */
public final class PasswordPolicy {

	static final int MIN = 10;

	static final int MAX = 128;

	private PasswordPolicy() {
	}

	public static void check(String username, String password, String field, List<Problem> problems) {
		if (password == null || password.length() < MIN) {
			problems.add(new Problem(field, "password.error.short", MIN));
		}
		else if (password.length() > MAX) {
			problems.add(new Problem(field, "password.error.long", MAX));
		}
		else if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			problems.add(new Problem(field, "password.error.username"));
		}
	}

	/** A random password for resets: 16 characters without look-alikes. */
	public static String random(java.security.SecureRandom random) {
		String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return sb.toString();
	}

}
