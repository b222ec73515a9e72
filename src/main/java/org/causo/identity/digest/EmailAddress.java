package org.causo.identity.digest;

import java.util.List;
import java.util.regex.Pattern;

import org.causo.shared.InvalidInputException.Problem;

/**
 * An officer's e-mail address: optional, plain ASCII {@code local@domain.tld}, at most
 * 254 characters, never a display name, a list, or a line break (so it cannot inject a
 * mail header).
 */
public final class EmailAddress {

	static final int MAX = 254;

	private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
			+ "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private EmailAddress() {
	}

	/**
	 * The cleaned address, or null when none was given; a problem is added when it is not
	 * an address, or when the digest is wanted without one.
	 */
	public static String check(String email, boolean digest, List<Problem> problems) {
		String clean = (email != null) ? email.strip() : "";
		if (clean.isEmpty()) {
			if (digest) {
				problems.add(new Problem("email", "officer.error.email.needed"));
			}
			return null;
		}
		if (clean.length() > MAX || !ADDRESS.matcher(clean).matches() || clean.contains("..") || clean.startsWith(".")
				|| clean.contains(".@")) {
			problems.add(new Problem("email", "officer.error.email"));
		}
		return clean;
	}

}
