package org.causo.devices.web;

import org.causo.devices.Receipt;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a receipt photo leaves the module's pages and API (never cached); the pages' forms
 * end with {@link org.causo.shared.web.FormErrors#saveOrShow}.
 */
final class FormPosts {

	private FormPosts() {
	}

	/** The photo of a signed receipt, as the page and the API send it. */
	static ResponseEntity<byte[]> receipt(Receipt receipt) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(receipt.contentType()))
			.cacheControl(CacheControl.noStore())
			.body(receipt.bytes());
	}

}
