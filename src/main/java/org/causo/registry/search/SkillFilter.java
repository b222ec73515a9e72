package org.causo.registry.search;

import java.util.List;
import java.util.Locale;

import org.causo.registry.Criterion;
import org.causo.registry.MissingSkills;
import org.causo.shared.InvalidInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The "skill missing" filter of the household and resident lists, their API and their
 * exports. The skills and who reached them belong to another module (fieldwork), reached
 * through {@link MissingSkills} when one is there: the registry starts and works without
 * it, and then refuses every code.
 */
@Component
public class SkillFilter {

	static final int MAX_CODE = 40;

	private final ObjectProvider<MissingSkills> missing;

	SkillFilter(ObjectProvider<MissingSkills> missing) {
		this.missing = missing;
	}

	/** The skills to offer, in catalogue order, named for the reader. */
	public List<MissingSkills.Option> options(Locale locale) {
		MissingSkills skills = this.missing.getIfAvailable();
		return (skills != null) ? skills.options(locale) : List.of();
	}

	/**
	 * Residents who have not reached the skill: no condition for a blank code, 400 for an
	 * unknown one.
	 */
	public List<Criterion> residents(String code) {
		if (code == null || code.isBlank()) {
			return List.of();
		}
		String clean = code.strip();
		MissingSkills skills = this.missing.getIfAvailable();
		Criterion criterion = (skills != null && clean.length() <= MAX_CODE)
				? skills.residentsMissing(clean).orElse(null) : null;
		if (criterion == null) {
			throw InvalidInputException.of("missingSkill", "registry.error.missingSkill",
					clean.substring(0, Math.min(clean.length(), MAX_CODE)));
		}
		return List.of(criterion);
	}

	/**
	 * Households where at least one member (not archived) has not reached the skill. The
	 * resident condition speaks of {@code r}: the member's alias here, which hides the
	 * head's {@code r} of the household queries inside the sub-query.
	 */
	public List<Criterion> households(String code) {
		return residents(code).stream()
			.map((c) -> new Criterion("exists (select 1 from resident r where r.household_id = h.id and not r.archived"
					+ " and (" + c.sql() + "))", c.params(), c.label()))
			.toList();
	}

}
