package org.causo.training.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.causo.training.AttendanceConflictException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An attendance id sent again with other content: 409 in the caller's language. */
@RestControllerAdvice
class TrainingApiAdvice {

	private final MessageSource messages;

	TrainingApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(AttendanceConflictException.class)
	ResponseEntity<ProblemDetail> conflict(AttendanceConflictException ex, Locale locale, HttpServletRequest request) {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("attendance.error.conflict", null, locale));
		problem.setTitle(this.messages.getMessage("attendance.error.conflict.title", null, locale));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

}
