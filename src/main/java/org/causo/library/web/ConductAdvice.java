package org.causo.library.web;

import org.causo.library.CodeOfConduct;
import org.causo.shared.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether the logged-in officer still has to read the current code of conduct, for the
 * menu and the start page. Nothing for a reader without an account.
 */
@ControllerAdvice(annotations = Controller.class)
class ConductAdvice {

	private final CodeOfConduct conduct;

	ConductAdvice(CodeOfConduct conduct) {
		this.conduct = conduct;
	}

	@ModelAttribute("conductToRead")
	Boolean toRead() {
		return CurrentActor.get().map((actor) -> this.conduct.toRead(actor.officerId())).orElse(null);
	}

}
