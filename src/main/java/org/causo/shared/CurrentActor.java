package org.causo.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Actor} of the current request from the security context. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	/**
	 * Who recorded a change: the current officer's username, or {@code system} when no
	 * officer is behind it (the demo loader, a scheduled job).
	 */
	public static String username() {
		return get().map(Actor::username).orElse("system");
	}

	/** The scope of the current officer, or nothing at all when there is none. */
	public static Scope scope() {
		return get().map(Actor::scope).orElse(Scope.none());
	}

}
