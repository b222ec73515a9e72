package org.causo.library.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The offline reader: the service worker that keeps the law and guide pages a reader has
 * opened, and the page it shows for one never opened when there is no network.
 */
@Controller
class OfflineReadingController {

	/**
	 * The worker, served under {@code /law} (public already) but allowed to control
	 * {@code /guides} too.
	 */
	static final String WORKER = "/law/reading-sw.js";

	private final String worker;

	private final String etag;

	OfflineReadingController() throws IOException {
		try (InputStream in = new ClassPathResource("library/offline/reading-sw.js").getInputStream()) {
			byte[] bytes = in.readAllBytes();
			this.worker = new String(bytes, StandardCharsets.UTF_8);
			this.etag = HexFormat.of().formatHex(DigestUtils.md5Digest(bytes));
		}
	}

	/**
	 * Never cached by the browser's HTTP cache: a changed worker reaches the phones on
	 * their next visit (the ETag keeps that check to a 304).
	 */
	@GetMapping(WORKER)
	ResponseEntity<String> worker(WebRequest request) {
		if (request.checkNotModified(this.etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.header("Service-Worker-Allowed", "/")
			.eTag(this.etag)
			.body(this.worker);
	}

	/** Fetched and kept by the worker, in the reader's language; shown offline. */
	@GetMapping("/law/offline")
	String offline(Model model) {
		model.addAttribute("offlineReading", true);
		return "library/law-offline";
	}

}
