package org.causo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code demo.json}, the demo mode's contract, as the tests and people use it. */
public final class DemoAccounts {

	private final JsonNode root;

	private DemoAccounts(JsonNode root) {
		this.root = root;
	}

	public static DemoAccounts read(Path dataDir) {
		try {
			return new DemoAccounts(JsonMapper.builder().build().readTree(dataDir.resolve("demo.json").toFile()));
		}
		catch (RuntimeException ex) {
			throw new UncheckedIOException(new IOException("demo.json unreadable", ex));
		}
	}

	public Account get(String username) {
		for (JsonNode node : this.root.get("accounts")) {
			if (node.get("username").asString().equals(username)) {
				return new Account(node.get("username").asString(), node.get("password").asString(),
						node.get("apiToken").asString(), node.get("role").asString(), node.get("scope").asString(),
						node.hasNonNull("totpSecret") ? node.get("totpSecret").asString() : null);
			}
		}
		throw new IllegalArgumentException("no demo account " + username);
	}

	public List<String> usernames() {
		return this.root.get("accounts").valueStream().map((n) -> n.get("username").asString()).toList();
	}

	public JsonNode json() {
		return this.root;
	}

	/**
	 * One account of {@code demo.json}.
	 *
	 * @param username login
	 * @param password password
	 * @param apiToken bearer token
	 * @param role role
	 * @param scope post or unit name
	 * @param totpSecret TOTP secret or null
	 */
	public record Account(String username, String password, String apiToken, String role, String scope,
			String totpSecret) {

	}

}
