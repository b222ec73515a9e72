package org.causo.identity.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.shared.crypto.ServerSecrets;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The browsers an officer has logged in from (OWASP's "device cookie"): after a complete
 * login the browser gets a cookie with the officer's id and an HMAC of it under a server
 * key. A lock from wrong passwords then stops only browsers without that cookie, so a
 * stranger cannot lock out an officer who has no TOTP. The cookie holds nothing about the
 * device itself (no address, no user agent), and logging out keeps it.
 */
@Component
class LoginDevices {

	static final String COOKIE = "causo-device";

	static final Duration LIFETIME = Duration.ofDays(180);

	private final byte[] key;

	LoginDevices(ServerSecrets secrets) {
		this.key = secrets.key("login-device");
	}

	/** Marks this browser as one the officer has logged in from. */
	void remember(long officerId, HttpServletRequest request, HttpServletResponse response) {
		Cookie cookie = new Cookie(COOKIE, officerId + "." + mac(officerId));
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setPath("/");
		cookie.setMaxAge((int) LIFETIME.toSeconds());
		cookie.setAttribute("SameSite", "Strict");
		response.addCookie(cookie);
	}

	/**
	 * Whether the request being handled comes from a browser the officer logged in from.
	 */
	boolean knows(long officerId) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		Cookie[] cookies = attributes.getRequest().getCookies();
		if (cookies == null) {
			return false;
		}
		byte[] expected = (officerId + "." + mac(officerId)).getBytes(StandardCharsets.US_ASCII);
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())
					&& MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.US_ASCII))) {
				return true;
			}
		}
		return false;
	}

	private String mac(long officerId) {
		byte[] mac = ServerSecrets.hmac(this.key, ("officer:" + officerId).getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
	}

}
