package org.causo.shared.web.pages;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The blank CSV an import page offers, to fill in and upload again. */
public final class CsvTemplate {

	private CsvTemplate() {
	}

	/** {@code csv} as the UTF-8 attachment {@code fileName}. */
	public static ResponseEntity<byte[]> download(String fileName, String csv) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

}
