package org.causo.mailbox.web;

import org.causo.mailbox.Reports;
import org.causo.shared.CurrentActor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count next to "Mailboxes" in the menu, for the officers who read reports.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadAdvice {

	private static final java.util.Set<String> READERS = java.util.Set.of("ROLE_PROVINCE_ADMIN", "ROLE_POST_COMMANDER",
			"ROLE_POST_OFFICER");

	private final Reports reports;

	UnreadAdvice(Reports reports) {
		this.reports = reports;
	}

	@ModelAttribute("mailboxUnread")
	Long unread() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth.getAuthorities().stream().noneMatch((a) -> READERS.contains(a.getAuthority()))) {
			return null;
		}
		return CurrentActor.get().map((actor) -> this.reports.unread(actor.scope(), actor.officerId())).orElse(null);
	}

}
