package org.causo.devices.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.causo.devices.FactConflictException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A handover or follow-up id sent again with other content: 409 in the caller's language.
 */
@RestControllerAdvice
class DevicesApiAdvice {

	private final MessageSource messages;

	DevicesApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(FactConflictException.class)
	ResponseEntity<ProblemDetail> conflict(FactConflictException ex, Locale locale, HttpServletRequest request) {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("devices.error.conflict", null, locale));
		problem.setTitle(this.messages.getMessage("devices.error.conflict.title", null, locale));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

}
