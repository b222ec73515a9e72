package org.causo.fieldwork.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.causo.fieldwork.FieldEventConflictException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A field fact's id sent again with other content: 409 in the caller's language. */
@RestControllerAdvice
class FieldworkApiAdvice {

	private final MessageSource messages;

	FieldworkApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(FieldEventConflictException.class)
	ResponseEntity<ProblemDetail> conflict(FieldEventConflictException ex, Locale locale, HttpServletRequest request) {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("fieldwork.error.conflict", new Object[] { ex.id().toString() }, locale));
		problem.setTitle(this.messages.getMessage("fieldwork.error.conflict.title", null, locale));
		problem.setProperty("id", ex.id());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

}
