package org.causo.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.causo.shared.PublicLanguages;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit gets the "file too large" page at once. Left to the error
 * dispatch, the same oversized request would be parsed and refused a second time, and the
 * page would be empty. Reporters get it in their own plain layout.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request) {
		String view = SupportedLocaleOnly.isAnonymousPage(request) ? "public-error" : "error";
		return new ModelAndView(view,
				Map.of("status", 413, "kind", 413, "publicLanguages", PublicLanguages.BUILT_IN.offered()),
				HttpStatus.PAYLOAD_TOO_LARGE);
	}

}
