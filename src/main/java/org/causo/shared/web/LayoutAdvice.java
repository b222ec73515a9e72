package org.causo.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.causo.shared.DemoBanner;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final DemoBanner demo;

	LayoutAdvice(DemoBanner demo) {
		this.demo = demo;
	}

	@ModelAttribute("demo")
	boolean demo() {
		return this.demo.shown();
	}

	@ModelAttribute("url")
	CurrentUrl url(HttpServletRequest request) {
		return new CurrentUrl(request);
	}

}
