package org.causo.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.causo.shared.ConflictException;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the JSON API's exceptions into problem details in the caller's language. For
 * pages it lets the exception through, and its status picks the localized error page.
 */
@RestControllerAdvice
class ErrorAdvice {

	private final MessageSource messages;

	ErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, Locale locale, HttpServletRequest request) {
		rethrowUnlessApi(ex, request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage("error.404.text", null, locale));
		problem.setTitle(this.messages.getMessage("error.404.title", null, locale));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex, Locale locale, HttpServletRequest request) {
		rethrowUnlessApi(ex, request);
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(this.messages.getMessage("error.400.title", null, locale));
		problem.setDetail(ex.problems()
			.stream()
			.map((p) -> this.messages.getMessage(p.messageKey(), p.args(), locale))
			.reduce((a, b) -> a + " " + b)
			.orElse(""));
		problem.setProperty("errors",
				ex.problems()
					.stream()
					.map((p) -> new FieldError(p.field(), this.messages.getMessage(p.messageKey(), p.args(), locale)))
					.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex, Locale locale, HttpServletRequest request) {
		rethrowUnlessApi(ex, request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage(ex.messageKey(), ex.args(), locale));
		problem.setTitle(this.messages.getMessage(ex.titleKey(), null, locale));
		ex.properties().forEach(problem::setProperty);
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	/**
	 * Unreadable JSON, a wrong type in a parameter, a missing parameter: 400 in the
	 * caller's language.
	 */
	@ExceptionHandler({ org.springframework.http.converter.HttpMessageNotReadableException.class,
			org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
			org.springframework.web.bind.MissingServletRequestParameterException.class })
	ResponseEntity<ProblemDetail> unreadable(Exception ex, Locale locale, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		String detail;
		String parameter = null;
		if (ex instanceof org.springframework.web.bind.MissingServletRequestParameterException missing) {
			parameter = missing.getParameterName();
			detail = this.messages.getMessage("error.400.parameter.missing", new Object[] { parameter }, locale);
		}
		else if (ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException wrong) {
			parameter = wrong.getName();
			detail = this.messages.getMessage("error.400.parameter.invalid", new Object[] { parameter }, locale);
		}
		else {
			detail = this.messages.getMessage("error.400.text", null, locale);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(this.messages.getMessage("error.400.title", null, locale));
		if (parameter != null) {
			problem.setProperty("errors", java.util.List.of(new FieldError(parameter, detail)));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/** Pages get the localized error page, through the status the exception carries. */
	private static void rethrowUnlessApi(RuntimeException ex, HttpServletRequest request) {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
	}

	record FieldError(String field, String message) {

	}

}
