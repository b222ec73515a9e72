package org.causo.library.guides;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.causo.library.GuideMedia;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pictures and recordings, named by the SHA-256 of their bytes: the same bytes are stored
 * once, and a name never changes its content, so it may be cached for good.
 */
@Component
public class MediaStore {

	private final JdbcClient jdbc;

	MediaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the bytes, unless stored already, and returns their name. */
	public String put(byte[] bytes, String contentType, String extension) {
		String name = sha256(bytes) + "." + extension;
		this.jdbc.sql("""
				insert into guide_media (hash, content_type, bytes) values (:name, :type, :bytes)
				on conflict (hash) do nothing
				""").param("name", name).param("type", contentType).param("bytes", bytes).update();
		return name;
	}

	public Optional<GuideMedia> get(String name) {
		return this.jdbc.sql("select hash, content_type, bytes from guide_media where hash = :name")
			.param("name", name)
			.query((rs, n) -> new GuideMedia(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
