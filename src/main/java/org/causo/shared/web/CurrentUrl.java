package org.causo.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The current page's address, for links that change one parameter (page, language) and
 * keep the rest of the query: {@code th:href="${url.with('page', 2)}"}.
 */
public final class CurrentUrl {

	private final String path;

	private final String query;

	CurrentUrl(HttpServletRequest request) {
		this(request.getRequestURI(), request.getQueryString());
	}

	private CurrentUrl(String path, String query) {
		this.path = path;
		this.query = query;
	}

	/**
	 * Another address with this page's query, for a download of what the page shows:
	 * {@code th:href="${url.on(path).with('format', 'csv')}"}. An address with a query of
	 * its own keeps that one instead.
	 */
	public CurrentUrl on(String otherPath) {
		int q = otherPath.indexOf('?');
		return (q < 0) ? new CurrentUrl(otherPath, this.query)
				: new CurrentUrl(otherPath.substring(0, q), otherPath.substring(q + 1));
	}

	/**
	 * This page's address, path and query, to come back to (a confirmation's "cancel").
	 */
	public String here() {
		return (this.query != null) ? this.path + "?" + this.query : this.path;
	}

	public String with(String name, Object value) {
		try {
			return UriComponentsBuilder.fromPath(this.path)
				.query(this.query)
				.replaceQueryParam(name, value)
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException ex) {
			// a query that is not properly encoded is dropped rather than echoed
			return UriComponentsBuilder.fromPath(this.path).queryParam(name, value).build().encode().toUriString();
		}
	}

}
