package org.causo.shared.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.shared.InvalidInputException;
import org.causo.shared.export.Download;
import org.causo.shared.export.ExportFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The format asked for a downloaded list, and the download's headers. */
public final class ExportResponse {

	private ExportResponse() {
	}

	/**
	 * The format from {@code format=csv|xlsx}, else from the Accept header, else CSV; 400
	 * in the user's language for anything else.
	 */
	public static ExportFormat format(String format, String accept) {
		if (format != null && !format.isBlank()) {
			ExportFormat f = ExportFormat.of(format);
			if (f == null) {
				throw InvalidInputException.of("format", "export.error.format");
			}
			return f;
		}
		if (accept != null && accept.contains(ExportFormat.XLSX.mediaType())) {
			return ExportFormat.XLSX;
		}
		return ExportFormat.CSV;
	}

	/**
	 * A download named {@code name-2026-05-01.csv}: the format is checked now, the
	 * headers are set when the first row is about to be written.
	 */
	public static Download download(HttpServletResponse response, String format, String accept, String name,
			Clock clock) {
		ExportFormat f = format(format, accept);
		return new Download(f, () -> {
			response.setContentType(f.mediaType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name + "-" + LocalDate.now(clock) + "." + f.extension())
						.build()
						.toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			return response.getOutputStream();
		});
	}

}
