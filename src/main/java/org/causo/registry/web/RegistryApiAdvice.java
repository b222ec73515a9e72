package org.causo.registry.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.causo.registry.SurveyConflictException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A survey id sent again with other answers: 409 in the caller's language. */
@RestControllerAdvice
class RegistryApiAdvice {

	private final MessageSource messages;

	RegistryApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(SurveyConflictException.class)
	ResponseEntity<ProblemDetail> conflict(SurveyConflictException ex, Locale locale, HttpServletRequest request) {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("survey.error.conflict", null, locale));
		problem.setTitle(this.messages.getMessage("survey.error.conflict.title", null, locale));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

}
