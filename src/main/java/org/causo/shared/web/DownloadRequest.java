package org.causo.shared.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.shared.export.Download;

/**
 * A request for a downloaded list, as a controller parameter: the format asked
 * ({@code format=csv|xlsx}, else the Accept header, else CSV) and the response to write
 * to. Resolved by {@link DownloadRequestResolver}, so that an export method takes one
 * parameter instead of four.
 *
 * @param format the {@code format} parameter, or null
 * @param accept the Accept header, or null
 * @param response where the file goes
 * @param clock today's date for the file name
 */
public record DownloadRequest(String format, String accept, HttpServletResponse response, Clock clock) {

	/** What an export endpoint accepts, for its API documentation. */
	public static final String FORMATS = "format=csv|xlsx, or Accept: text/csv or the XLSX media type; CSV by "
			+ "default. Audited.";

	/**
	 * The download named {@code name-2026-05-01.csv}; an unknown format is a 400 in the
	 * user's language, before anything is written.
	 */
	public Download named(String name) {
		return ExportResponse.download(this.response, this.format, this.accept, name, this.clock);
	}

}
