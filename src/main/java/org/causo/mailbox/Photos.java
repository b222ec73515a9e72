package org.causo.mailbox;

import org.causo.shared.Images;

/**
 * A reporter's photo made safe to keep, by the shared image cleaner (type sniffed from
 * the bytes, pixel limit before decoding, re-encoded without EXIF, XMP or GPS), with the
 * public form's limits and messages.
 */
final class Photos {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final Images.Messages MESSAGES = new Images.Messages("files", "tip.error.fileTooLarge",
			"tip.error.fileType", "tip.error.filePixels", "tip.error.fileBroken");

	private Photos() {
	}

	static Images.Clean clean(byte[] upload) {
		return Images.clean(upload, MAX_BYTES, MESSAGES);
	}

}
