package org.causo.mailbox;

import java.util.List;

import org.causo.shared.ImageCleaner;
import org.causo.shared.Images;
import org.causo.shared.InvalidInputException;
import org.causo.shared.ServerBusyException;

import org.springframework.stereotype.Component;

/**
 * A reporter's photos made safe to keep, by the shared image cleaner (type sniffed from
 * the bytes, pixels and depth checked before decoding, re-encoded in memory without EXIF,
 * XMP or GPS, a few at a time), with the public form's limits and messages. When every
 * decoding slot is taken the reporter gets the "busy" page.
 */
@Component
class Photos {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final int MAX_FILES = 5;

	private static final Images.Messages MESSAGES = new Images.Messages("files", "tip.error.fileTooLarge",
			"tip.error.fileType", "tip.error.filePixels", "tip.error.fileBroken");

	private final ImageCleaner cleaner;

	Photos(ImageCleaner cleaner) {
		this.cleaner = cleaner;
	}

	/** Costs nothing: checked before any limit, receipt or decoding. */
	static void checkCount(List<byte[]> uploads) {
		if (uploads.size() > MAX_FILES) {
			throw InvalidInputException.of("files", "tip.error.tooManyFiles", MAX_FILES);
		}
	}

	List<Images.Clean> cleanAll(List<byte[]> uploads) {
		checkCount(uploads);
		try {
			return uploads.stream().map((upload) -> this.cleaner.clean(upload, MAX_BYTES, MESSAGES)).toList();
		}
		catch (ServerBusyException ex) {
			throw new TooManyAttemptsException();
		}
	}

}
