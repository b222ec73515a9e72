package org.causo.fieldwork.skills;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causo.fieldwork.ReachDraft;
import org.causo.fieldwork.ledger.FieldDates;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.skills.SkillCatalogue;
import org.causo.skills.SkillView;

import org.springframework.stereotype.Component;

/**
 * What a skill reached or revoked must satisfy before it is recorded; every problem is
 * reported at once, in the user's language.
 */
@Component
public class SkillEventChecks {

	static final int MAX_REASON = 500;

	private final SkillCatalogue catalogue;

	private final SkillEventStore store;

	private final Clock clock;

	SkillEventChecks(SkillCatalogue catalogue, SkillEventStore store, Clock clock) {
		this.catalogue = catalogue;
		this.store = store;
		this.clock = clock;
	}

	/** A reach names a skill still taught, a day and a method; returns the skill. */
	public SkillView reach(ReachDraft d) {
		List<Problem> problems = new ArrayList<>();
		SkillView skill = skill(d.skillId(), problems);
		if (skill != null && skill.retired()) {
			problems.add(new Problem("skillId", "skill.error.retired"));
		}
		FieldDates.check("reachedOn", d.reachedOn(), this.clock, problems);
		if (d.method() == null) {
			problems.add(new Problem("method", "skill.error.method"));
		}
		return checked(skill, problems);
	}

	/**
	 * A revocation names a skill the resident reached, a day and a reason; returns the
	 * skill.
	 */
	public SkillView revoke(long residentId, Long skillId, LocalDate on, String reason) {
		List<Problem> problems = new ArrayList<>();
		SkillView skill = skill(skillId, problems);
		FieldDates.check("revokedOn", on, this.clock, problems);
		if (reason.isEmpty()) {
			problems.add(new Problem("reason", "skill.error.reason.required"));
		}
		else if (reason.length() > MAX_REASON) {
			problems.add(new Problem("reason", "skill.error.reason.tooLong", MAX_REASON));
		}
		if (skill != null && !this.store.isReached(residentId, skill.id())) {
			problems.add(new Problem("skillId", "skill.error.notReached"));
		}
		return checked(skill, problems);
	}

	private SkillView skill(Long id, List<Problem> problems) {
		Optional<SkillView> skill = (id != null) ? this.catalogue.findById(id) : Optional.empty();
		if (skill.isEmpty()) {
			problems.add(new Problem("skillId", "skill.error.skill"));
		}
		return skill.orElse(null);
	}

	private static SkillView checked(SkillView skill, List<Problem> problems) {
		InvalidInputException.throwIfAny(problems);
		return skill;
	}

}
