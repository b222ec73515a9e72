package org.causo.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.causo.identity.keys.KeyPairs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' key pairs for reading anonymous reports, as the mailbox uses them. The
 * private key is sealed under a key derived from the password. After login it is kept in
 * the shared session sealed again under a random key that only the officer's browser
 * holds (an HttpOnly cookie): a stolen session table opens nothing, and any node can
 * serve the officer. How a pair is born, re-sealed and opened: {@link KeyPairs}.
 */
@Service
@Transactional
public class OfficerKeys {

	private final JdbcClient jdbc;

	private final KeyPairs pairs;

	OfficerKeys(JdbcClient jdbc, KeyPairs pairs) {
		this.jdbc = jdbc;
		this.pairs = pairs;
	}

	/** Public keys of the given officers that have one, by officer id. */
	@Transactional(readOnly = true)
	public Map<Long, byte[]> publicKeys(Collection<Long> officerIds) {
		Map<Long, byte[]> keys = new HashMap<>();
		if (officerIds.isEmpty()) {
			return keys;
		}
		this.jdbc.sql("select officer_id, public_keyset from officer_key where officer_id in (:ids)")
			.param("ids", officerIds)
			.query((rs, i) -> keys.put(rs.getLong(1), rs.getBytes(2)))
			.list();
		return keys;
	}

	/**
	 * The current officer's private key, opened for this request only, or empty when the
	 * session has none (an API token, or a browser that lost its key cookie).
	 */
	public Optional<byte[]> privateKey(long officerId, HttpServletRequest request) {
		return this.pairs.openFromSession(officerId, request);
	}

}
