package org.causo.shared.web.pages;

import org.causo.shared.PageOf;

/**
 * How the list pages page and answer htmx: one size of page, one fragment for results.
 */
public final class ListPages {

	/** Rows on a page of a list. */
	public static final int ROWS = 25;

	private ListPages() {
	}

	/** Page {@code page} of a list, {@link #ROWS} rows. */
	public static PageOf.Request page(int page) {
		return new PageOf.Request(page, ROWS);
	}

	/** The list page {@code view}, or only its {@code results} fragment for htmx. */
	public static String view(String view, String htmx) {
		return (htmx != null) ? view + " :: results" : view;
	}

}
