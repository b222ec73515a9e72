package org.causo.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.causo.shared.DemoBanner;
import org.causo.shared.PublicLanguages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final DemoBanner demo;

	private final ObjectProvider<PublicLanguages> languages;

	LayoutAdvice(DemoBanner demo, ObjectProvider<PublicLanguages> languages) {
		this.demo = demo;
		this.languages = languages;
	}

	/** The public layout's language switch. */
	@ModelAttribute("publicLanguages")
	List<PublicLanguages.Choice> languages(HttpServletRequest request) {
		return SupportedLocaleOnly.isPublicPage(request)
				? this.languages.getIfAvailable(() -> PublicLanguages.BUILT_IN).offered()
				: PublicLanguages.BUILT_IN.offered();
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
