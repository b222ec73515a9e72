package org.causo.mailbox.submissions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.causo.mailbox.TooManyAttemptsException;
import org.causo.mailbox.keys.ReportKeys;
import org.causo.mailbox.reports.FileStore;
import org.causo.shared.ImageCleaner;
import org.causo.shared.Images;
import org.causo.shared.InvalidInputException;
import org.causo.shared.ServerBusyException;
import org.causo.shared.crypto.Crypto;

import org.springframework.stereotype.Component;

/**
 * A reporter's photos made safe to keep, by the shared image cleaner (type sniffed from
 * the bytes, pixels and depth checked before decoding, re-encoded in memory without EXIF,
 * XMP or GPS, a few at a time), with the public form's limits and messages. When every
 * decoding slot is taken the reporter gets the "busy" page.
 */
@Component
public class Photos {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final int MAX_FILES = 5;

	private static final Images.Messages MESSAGES = new Images.Messages("files", "tip.error.fileTooLarge",
			"tip.error.fileType", "tip.error.filePixels", "tip.error.fileBroken");

	private final ImageCleaner cleaner;

	private final FileStore files;

	Photos(ImageCleaner cleaner, FileStore files) {
		this.cleaner = cleaner;
		this.files = files;
	}

	/** Costs nothing: checked before any limit, receipt or decoding. */
	public static void checkCount(List<byte[]> uploads) {
		if (uploads.size() > MAX_FILES) {
			throw InvalidInputException.of("files", "tip.error.tooManyFiles", MAX_FILES);
		}
	}

	public List<Images.Clean> cleanAll(List<byte[]> uploads) {
		checkCount(uploads);
		try {
			return uploads.stream().map((upload) -> this.cleaner.clean(upload, MAX_BYTES, MESSAGES)).toList();
		}
		catch (ServerBusyException ex) {
			throw new TooManyAttemptsException();
		}
	}

	/** Seals cleaned photos under the report's data key and stores them. */
	public void store(long reportId, byte[] dataKey, List<Images.Clean> photos, Instant hour) {
		for (Images.Clean photo : photos) {
			UUID ref = UUID.randomUUID();
			this.files.insert(reportId, ref, photo.contentType(), photo.bytes().length,
					Crypto.seal(dataKey, photo.bytes(), ReportKeys.context("file", ref)), hour);
		}
	}

}
