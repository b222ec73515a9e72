package org.causo.demo;

import java.util.List;

/**
 * The contract of {@code data/demo.json}: demo accounts and the links worth opening.
 *
 * @param accounts one account per role, at two posts at least
 * @param links pages to open in the demo
 */
public record DemoManifest(List<Account> accounts, List<Link> links) {

	/**
	 * A demo account.
	 *
	 * @param username login name
	 * @param password password
	 * @param apiToken a personal API token, for {@code Authorization: Bearer}
	 * @param role role name
	 * @param scope the post or unit it is attached to
	 * @param totpSecret base32 TOTP secret, where the role uses TOTP
	 */
	public record Account(String username, String password, String apiToken, String role, String scope,
			String totpSecret) {

	}

	/**
	 * A page of the demo.
	 *
	 * @param label what it is
	 * @param url where it is, from the site root
	 */
	public record Link(String label, String url) {

	}

}
