package org.causo.shared.web;

import java.util.Map;

import jakarta.servlet.ServletException;
import org.causo.shared.PublicLanguages;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever goes wrong on a reporter's page gets the plain public error page in the
 * reporter's language, and nothing is logged: a log line would name the page with the
 * exact time of the visit. It serves the controllers marked {@link ReportersPages};
 * failures outside them are kept quiet by {@link RequestLogFilter}.
 */
@ControllerAdvice(annotations = ReportersPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PublicErrorAdvice {

	@ExceptionHandler(Exception.class)
	ModelAndView anyError(Exception ex) {
		HttpStatus status = statusOf(ex);
		return new ModelAndView("public-error", Map.of("status", status.value(), "kind", ErrorPages.kind(status),
				"publicLanguages", PublicLanguages.BUILT_IN.offered()), status);
	}

	/**
	 * The status the exception names, or 500 for the unexpected; a body that is not a
	 * readable form is the sender's fault (400).
	 */
	static HttpStatus statusOf(Throwable ex) {
		if (ex instanceof ServletException wrapper && wrapper.getCause() != null) {
			return statusOf(wrapper.getCause());
		}
		if (ex instanceof MultipartException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (ex instanceof ErrorResponse response) {
			HttpStatus named = HttpStatus.resolve(response.getStatusCode().value());
			return (named != null) ? named : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		return (declared != null) ? declared.code() : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
