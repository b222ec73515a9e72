package org.causo.shared.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

	private final LocaleChangeInterceptor delegate;

	SupportedLocaleOnly(LocaleChangeInterceptor delegate) {
		this.delegate = delegate;
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
		boolean supported = LocaleConfiguration.SUPPORTED.stream()
			.anyMatch((l) -> l.getLanguage().equals(wanted.getLanguage()));
		if (!supported) {
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
