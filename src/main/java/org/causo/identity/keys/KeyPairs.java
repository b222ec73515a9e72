package org.causo.identity.keys;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.causo.shared.crypto.Crypto;
import org.causo.shared.crypto.Crypto.CryptoException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The life of an officer's key pair: born under the officer's own password, sealed again
 * at each change, dropped at an admin's reset, and opened into the session at login,
 * sealed under a random key that only the officer's browser holds (an HttpOnly cookie).
 */
@Component
public class KeyPairs {

	public static final String COOKIE = "causo-key";

	static final String SESSION_ATTRIBUTE = "causo.sealedPrivateKey";

	private final JdbcClient jdbc;

	KeyPairs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void create(long officerId, String password) {
		byte[] salt = Crypto.randomBytes(16);
		Crypto.KeyPair pair = Crypto.newKeyPair(passwordKey(password, salt), context(officerId));
		this.jdbc.sql("""
				insert into officer_key (officer_id, public_keyset, sealed_private, kdf_salt)
				values (:id, :public, :sealed, :salt)
				on conflict (officer_id) do update set public_keyset = excluded.public_keyset,
				    sealed_private = excluded.sealed_private, kdf_salt = excluded.kdf_salt, created_at = now()
				""")
			.param("id", officerId)
			.param("public", pair.publicKeyset())
			.param("sealed", pair.sealedPrivateKeyset())
			.param("salt", salt)
			.update();
	}

	/** After a password change: the same key pair, sealed under the new password. */
	public void reseal(long officerId, String oldPassword, String newPassword) {
		Stored stored = stored(officerId).orElse(null);
		if (stored == null) {
			create(officerId, newPassword);
			return;
		}
		byte[] privateKey = Crypto.unsealPrivateKey(stored.sealed(), passwordKey(oldPassword, stored.salt()),
				context(officerId));
		byte[] salt = Crypto.randomBytes(16);
		this.jdbc.sql("update officer_key set sealed_private = :sealed, kdf_salt = :salt where officer_id = :id")
			.param("id", officerId)
			.param("sealed", Crypto.sealPrivateKey(privateKey, passwordKey(newPassword, salt), context(officerId)))
			.param("salt", salt)
			.update();
	}

	/**
	 * After a reset by an admin nobody knows the old password, so the old key is lost.
	 * The account has no pair (and nothing is wrapped for it) until the officer sets a
	 * password of their own; older reports are then granted again.
	 */
	public void remove(long officerId) {
		this.jdbc.sql("delete from officer_key where officer_id = :id").param("id", officerId).update();
	}

	/**
	 * At login (or after a password change), with the password just checked: puts the
	 * private key in the session. An account that must still change its password has no
	 * key yet and gets none.
	 */
	public void openIntoSession(long officerId, String password, boolean mustChangePassword, HttpServletRequest request,
			HttpServletResponse response) {
		Stored stored = stored(officerId).orElse(null);
		if (stored == null) {
			if (mustChangePassword) {
				return;
			}
			create(officerId, password);
			stored = stored(officerId).orElseThrow();
		}
		byte[] privateKey = Crypto.unsealPrivateKey(stored.sealed(), passwordKey(password, stored.salt()),
				context(officerId));
		byte[] cookieKey = Crypto.randomBytes(Crypto.KEY_BYTES);
		request.getSession()
			.setAttribute(SESSION_ATTRIBUTE, Crypto.sealPrivateKey(privateKey, cookieKey, context(officerId)));
		Cookie cookie = new Cookie(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(cookieKey));
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setPath("/");
		cookie.setAttribute("SameSite", "Strict");
		response.addCookie(cookie);
	}

	/**
	 * The private key opened from the session with the browser's cookie, or empty when
	 * either is missing or does not fit.
	 */
	public Optional<byte[]> openFromSession(long officerId, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		byte[] sealed = (session != null) ? (byte[]) session.getAttribute(SESSION_ATTRIBUTE) : null;
		byte[] cookieKey = cookieKey(request);
		if (sealed == null || cookieKey == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Crypto.unsealPrivateKey(sealed, cookieKey, context(officerId)));
		}
		catch (CryptoException ex) {
			return Optional.empty();
		}
	}

	private Optional<Stored> stored(long officerId) {
		return this.jdbc.sql("select sealed_private, kdf_salt from officer_key where officer_id = :id")
			.param("id", officerId)
			.query((rs, i) -> new Stored(rs.getBytes(1), rs.getBytes(2)))
			.optional();
	}

	private static byte[] cookieKey(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				try {
					byte[] key = Base64.getUrlDecoder().decode(cookie.getValue());
					return (key.length == Crypto.KEY_BYTES) ? key : null;
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
		}
		return null;
	}

	private static byte[] passwordKey(String password, byte[] salt) {
		return Crypto.argon2id(password.getBytes(StandardCharsets.UTF_8), salt, Crypto.Argon2Cost.PASSWORD,
				Crypto.KEY_BYTES);
	}

	private static byte[] context(long officerId) {
		return ("officer-key:" + officerId).getBytes(StandardCharsets.UTF_8);
	}

	private record Stored(byte[] sealed, byte[] salt) {

	}

}
