package org.causo.shared.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A list on its way to the user: the format, and the stream, opened only once the list is
 * known to be visible, so that a 404 or 400 found first is still answered as such.
 *
 * @param format CSV or XLSX
 * @param target opens the stream (and sets the download's headers)
 */
public record Download(ExportFormat format, Target target) {

	/** A download into a stream that is already open (a file, a test). */
	public static Download to(ExportFormat format, OutputStream out) {
		return new Download(format, () -> out);
	}

	/** Opens the stream. */
	@FunctionalInterface
	public interface Target {

		OutputStream open() throws IOException;

	}

}
