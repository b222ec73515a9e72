package org.causo.shared.web;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;
import org.causo.shared.db.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address residents reach the application at ({@code causo.public-url}, e.g.
 * {@code https://causo.example.gov.vn}): what posters and QR codes encode, never the
 * scheme and host of the officer's own request, which behind a proxy or on an internal
 * address would print {@code http://} or a name residents cannot reach. An external
 * database means production, where it must be set; the embedded demo falls back to the
 * request and says so once.
 */
@Component
public class PublicUrl {

	private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

	private final String configured;

	private final AtomicBoolean fallbackLogged = new AtomicBoolean();

	PublicUrl(@Value("${causo.public-url:}") String configured, Deployment deployment) {
		this.configured = validated(configured.strip().replaceAll("/+$", ""), deployment.embedded());
	}

	/** The base address without a trailing slash, e.g. {@code https://causo.example}. */
	public String base(HttpServletRequest request) {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		if (this.fallbackLogged.compareAndSet(false, true)) {
			log.warn("causo.public-url is not set: posters and QR codes use the address of the officer's "
					+ "request; set CAUSO_PUBLIC_URL=https://… before printing real posters");
		}
		return ServletUriComponentsBuilder.fromContextPath(request).toUriString();
	}

	static String validated(String url, boolean embedded) {
		if (url.isEmpty()) {
			if (!embedded) {
				throw new IllegalStateException("Set CAUSO_PUBLIC_URL (the https:// address residents reach, "
						+ "printed on posters and QR codes); see docs/operations.md");
			}
			return url;
		}
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("CAUSO_PUBLIC_URL is not an address: " + url, ex);
		}
		if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalStateException("CAUSO_PUBLIC_URL must be like https://causo.example.gov.vn: " + url);
		}
		if ("http".equals(uri.getScheme()) && !embedded) {
			log.warn("CAUSO_PUBLIC_URL is http://: posters will send residents' first request in clear");
		}
		return url;
	}

}
