package org.causo.library.guides;

import java.nio.charset.StandardCharsets;

import org.causo.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * A step's voice, kept as it came if it is compact: Opus in WebM or Ogg (what browsers
 * record), or AAC in M4A or ADTS (what phones record). The type is read from the bytes,
 * never the name or the declared type; the server never decodes a recording.
 */
@Component
public class Voices {

	/** About two minutes of speech in Opus at 32 kbit/s, far more than a step needs. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	/**
	 * A recognised recording.
	 *
	 * @param contentType its media type
	 * @param extension its extension in a media name
	 */
	record Kind(String contentType, String extension) {

	}

	private final MediaStore media;

	Voices(MediaStore media) {
		this.media = media;
	}

	/** Stores the recording; its media name. */
	public String store(byte[] upload) {
		if (upload.length > MAX_BYTES) {
			throw InvalidInputException.of("audio", "guide.error.audio.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		Kind kind = sniff(upload);
		if (kind == null) {
			throw InvalidInputException.of("audio", "guide.error.audio.type");
		}
		return this.media.put(upload, kind.contentType(), kind.extension());
	}

	/** Opus in WebM or Ogg, AAC in MP4 or ADTS, by their magic numbers; else null. */
	static Kind sniff(byte[] b) {
		if (b.length < 32) {
			return null;
		}
		if (u(b[0]) == 0x1a && u(b[1]) == 0x45 && u(b[2]) == 0xdf && u(b[3]) == 0xa3 && contains(b, "webm", 64)
				&& contains(b, "A_OPUS", 4096)) {
			return new Kind("audio/webm", "weba");
		}
		if (at(b, 0, "OggS") && at(b, 28, "OpusHead")) {
			return new Kind("audio/ogg", "opus");
		}
		if (at(b, 4, "ftyp") && contains(b, "mp4a", b.length)) {
			return new Kind("audio/mp4", "m4a");
		}
		// ADTS: a 12-bit sync word, then MPEG version, layer 00, and a valid frame length
		if (u(b[0]) == 0xff && (u(b[1]) & 0xf6) == 0xf0 && ((u(b[2]) >> 2) & 0x0f) < 13) {
			return new Kind("audio/aac", "aac");
		}
		return null;
	}

	private static int u(byte b) {
		return b & 0xff;
	}

	private static boolean at(byte[] b, int offset, String ascii) {
		byte[] s = ascii.getBytes(StandardCharsets.US_ASCII);
		if (b.length < offset + s.length) {
			return false;
		}
		for (int i = 0; i < s.length; i++) {
			if (b[offset + i] != s[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(byte[] b, String ascii, int within) {
		int end = Math.min(b.length, within);
		for (int i = 0; i < end; i++) {
			if (at(b, i, ascii) && i + ascii.length() <= end) {
				return true;
			}
		}
		return false;
	}

}
