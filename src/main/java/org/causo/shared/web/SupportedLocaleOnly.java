package org.causo.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.shared.PublicLanguages;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Passes {@code ?lang=} on only when it names a language we have, so junk is ignored. On
 * the reporters' pages the language is for this request only, and a language button's
 * {@code language=} outranks the page's own {@code lang}.
 */
class SupportedLocaleOnly implements HandlerInterceptor {

	/**
	 * The parameter of the language buttons on the reporters' pages, which send what was
	 * typed along.
	 */
	static final String SWITCH_PARAMETER = "language";

	/**
	 * The reporters' pages, which must set no cookie, also while their error page is
	 * rendered.
	 */
	static boolean isAnonymousPage(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return isAnonymousPath(request.getRequestURI())
				|| (failed instanceof String original && isAnonymousPath(original));
	}

	static boolean isAnonymousPath(String path) {
		return path != null && (path.startsWith("/q/") || path.equals("/r") || path.startsWith("/r/")
				|| path.startsWith("/check/"));
	}

	/**
	 * The pages residents open from a QR code, which may speak the languages admins added
	 * (the officers' pages stay in Vietnamese, English and French): the reporters' pages
	 * and the reading pages. A new reading page adds its path here.
	 */
	static boolean isPublicPage(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return isPublicPath(request.getRequestURI()) || (failed instanceof String original && isPublicPath(original));
	}

	static boolean isPublicPath(String path) {
		return isAnonymousPath(path) || (path != null
				&& READING_PAGES.stream().anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/")));
	}

	/**
	 * The reading pages residents open: the law library, the guides, the code of conduct.
	 */
	static final List<String> READING_PAGES = List.of("/law", "/guides", "/conduct");

	/**
	 * Whether a page may be shown in this language: the built-in ones everywhere, the
	 * added ones on public pages once they are offered.
	 */
	static boolean speaks(HttpServletRequest request, Locale wanted, PublicLanguages languages) {
		boolean builtIn = LocaleConfiguration.SUPPORTED.stream()
			.anyMatch((l) -> l.getLanguage().equals(wanted.getLanguage()));
		return builtIn || (isPublicPage(request) && languages.offers(wanted));
	}

	private final LocaleChangeInterceptor delegate;

	private final PublicLanguages languages;

	SupportedLocaleOnly(LocaleChangeInterceptor delegate, PublicLanguages languages) {
		this.delegate = delegate;
		this.languages = languages;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		boolean anonymous = isAnonymousPage(request);
		// a reporter's language button ("language") outranks the language the page was in
		String lang = anonymous && request.getParameter(SWITCH_PARAMETER) != null
				? request.getParameter(SWITCH_PARAMETER) : request.getParameter("lang");
		if (lang == null) {
			return true;
		}
		Locale wanted = Locale.forLanguageTag(lang);
		if (!speaks(request, wanted, this.languages)) {
			return true;
		}
		if (anonymous) {
			// reporters get no cookie of any kind: the language stays in the address and
			// the form
			request.setAttribute(LocaleConfiguration.REQUEST_LOCALE, wanted);
			return true;
		}
		return this.delegate.preHandle(request, response, handler);
	}

}
