package org.causo.shared.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.causo.shared.PublicLanguages;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * One localized error page for every status: the page names the status family (400, 403,
 * 404, 500) whose text it shows. It never shows a stack trace or an exception message.
 * Reporters get it in their own plain layout.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> safe = new HashMap<>();
		safe.put("status", status.value());
		safe.put("kind", kind(status));
		// an error page is no place to pick a language admins added
		safe.put("publicLanguages", PublicLanguages.BUILT_IN.offered());
		String view = SupportedLocaleOnly.isAnonymousPage(request) ? "public-error" : "error";
		return new ModelAndView(view, safe, status);
	}

	static int kind(HttpStatus status) {
		return switch (status.value()) {
			case 401, 403 -> 403;
			case 404, 405 -> 404;
			case 409 -> 409;
			case 413 -> 413;
			default -> status.is4xxClientError() ? 400 : 500;
		};
	}

}
