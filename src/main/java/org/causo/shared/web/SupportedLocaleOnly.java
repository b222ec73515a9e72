package org.causo.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Passes {@code ?lang=} on only when it names a language we have, so junk is ignored.
 */
class SupportedLocaleOnly implements HandlerInterceptor {

	/** The reporters' pages, which must set no cookie. */
	static boolean isAnonymousPage(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/q/") || path.equals("/r") || path.startsWith("/r/");
	}

	private final LocaleChangeInterceptor delegate;

	SupportedLocaleOnly(LocaleChangeInterceptor delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String lang = request.getParameter("lang");
		if (lang == null) {
			return true;
		}
		Locale wanted = Locale.forLanguageTag(lang);
		boolean supported = LocaleConfiguration.SUPPORTED.stream()
			.anyMatch((l) -> l.getLanguage().equals(wanted.getLanguage()));
		if (!supported) {
			return true;
		}
		if (isAnonymousPage(request)) {
			// reporters get no cookie of any kind: the language stays in the address and
			// the form
			request.setAttribute(LocaleConfiguration.REQUEST_LOCALE, wanted);
			return true;
		}
		return this.delegate.preHandle(request, response, handler);
	}

}
