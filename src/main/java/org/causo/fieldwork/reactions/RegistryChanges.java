package org.causo.fieldwork.reactions;

import org.causo.fieldwork.skills.SkillEventStore;
import org.causo.registry.ResidentPlace;
import org.causo.registry.ResidentsChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the skills roll-up per hamlet right when the registry moves, archives or restores
 * residents or households: their skills reached follow them to their new hamlet, and stop
 * (or start again) counting.
 * <p>
 * A plain {@code @EventListener}, not {@code @TransactionalEventListener(BEFORE_COMMIT)}
 * nor an {@code @ApplicationModuleListener}: it runs at once, inside the registry's
 * transaction, so the roll-up changes with the registry row or not at all, and nothing
 * can be lost between a commit and the listener (so it needs no event publication
 * registry); a failure here reaches the officer's request as itself (not as a commit
 * failure) and rolls the registry change back; and a later step of the same transaction
 * (another move of the same resident, a skill reached) sees the roll-up already adjusted,
 * in the order things happened. The registry's own listener of {@code HamletMoved} works
 * the same way.
 */
@Component
class RegistryChanges {

	private final SkillEventStore store;

	RegistryChanges(SkillEventStore store) {
		this.store = store;
	}

	@EventListener
	void on(ResidentsChanged change) {
		for (ResidentPlace place : change.residents()) {
			this.store.follow(place);
		}
	}

}
