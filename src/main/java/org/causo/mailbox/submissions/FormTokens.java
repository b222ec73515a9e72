package org.causo.mailbox.submissions;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.shared.crypto.Crypto;
import org.causo.shared.crypto.ServerSecrets;

import org.springframework.stereotype.Component;

/**
 * The signed one-time token in the public form. There is no session to bind a CSRF token
 * to, so the token proves the form came from this server for this QR code, expires, and
 * carries the nonce that makes a retried submission land on the same report.
 */
@Component
public class FormTokens {

	static final Duration LIFETIME = Duration.ofHours(24);

	private static final int NONCE = 16;

	private final byte[] key;

	private final byte[] formKey;

	private final Clock clock;

	FormTokens(ServerSecrets secrets, Clock clock) {
		this.key = secrets.key("mailbox-form-token");
		this.formKey = secrets.key("mailbox-form-ref");
		this.clock = clock;
	}

	public String issue(String code) {
		byte[] nonce = Crypto.randomBytes(NONCE);
		long expires = this.clock.instant().plus(LIFETIME).getEpochSecond();
		ByteBuffer body = ByteBuffer.allocate(NONCE + 8).put(nonce).putLong(expires);
		byte[] mac = mac(body.array(), code);
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(ByteBuffer.allocate(NONCE + 8 + mac.length).put(body.array()).put(mac).array());
	}

	/** The nonce of a valid, unexpired token for this code. */
	public Optional<byte[]> verify(String token, String code) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		byte[] raw;
		try {
			raw = Base64.getUrlDecoder().decode(token);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (raw.length != NONCE + 8 + 32) {
			return Optional.empty();
		}
		ByteBuffer buffer = ByteBuffer.wrap(raw);
		byte[] body = new byte[NONCE + 8];
		buffer.get(body);
		byte[] mac = new byte[32];
		buffer.get(mac);
		if (!MessageDigest.isEqual(mac, mac(body, code))) {
			return Optional.empty();
		}
		long expires = ByteBuffer.wrap(body, NONCE, 8).getLong();
		if (this.clock.instant().getEpochSecond() > expires) {
			return Optional.empty();
		}
		byte[] nonce = new byte[NONCE];
		System.arraycopy(body, 0, nonce, 0, NONCE);
		return Optional.of(nonce);
	}

	/**
	 * What a submission under this token is known by: the form's reference (an HMAC of
	 * the nonce, to find an earlier report without the receipt's Argon2id) and a digest
	 * of the content, keyed by the nonce itself so that only the holder of the token can
	 * compute it, and a retry with other content is told apart.
	 */
	public Sent sent(byte[] nonce, Map<String, String> answers, List<byte[]> uploads) {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		answers.forEach((name, value) -> {
			field(content, name.getBytes(StandardCharsets.UTF_8));
			field(content, (value != null) ? value.getBytes(StandardCharsets.UTF_8) : new byte[] { -1 });
		});
		for (byte[] upload : uploads) {
			field(content, sha256(upload));
		}
		return new Sent(ServerSecrets.hmac(this.formKey, nonce), ServerSecrets.hmac(nonce, content.toByteArray()));
	}

	private static void field(ByteArrayOutputStream out, byte[] bytes) {
		out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
		out.writeBytes(bytes);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] mac(byte[] body, String code) {
		byte[] codeBytes = code.getBytes(StandardCharsets.UTF_8);
		return ServerSecrets.hmac(this.key,
				ByteBuffer.allocate(body.length + codeBytes.length).put(body).put(codeBytes).array());
	}

	/**
	 * A form as sent.
	 *
	 * @param ref finds the report the form made
	 * @param digest tells whether a retry carries the same content
	 */
	public record Sent(byte[] ref, byte[] digest) {

	}

}
