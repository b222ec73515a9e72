package org.causo.registry.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.registry.ExportFormat;
import org.causo.shared.InvalidInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The headers of a downloaded list and the format asked for. */
final class ExportResponse {

	private ExportResponse() {
	}

	/**
	 * The format from {@code format=csv|xlsx}, else from the Accept header, else CSV; 400
	 * for anything else.
	 */
	static ExportFormat format(String format, String accept) {
		if (format != null && !format.isBlank()) {
			ExportFormat f = ExportFormat.of(format);
			if (f == null) {
				throw InvalidInputException.of("format", "registry.export.error.format");
			}
			return f;
		}
		if (accept != null && accept.contains(ExportFormat.XLSX.mediaType())) {
			return ExportFormat.XLSX;
		}
		return ExportFormat.CSV;
	}

	static OutputStream start(HttpServletResponse response, ExportFormat format, String name, Clock clock)
			throws IOException {
		response.setContentType(format.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(name + "-" + LocalDate.now(clock) + "." + format.extension())
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return response.getOutputStream();
	}

}
