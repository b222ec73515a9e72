package org.causo.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.causo.audit.AuditTrail;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.SearchKey;
import org.causo.shared.web.Allowed;
import org.causo.skills.catalogue.SkillStore;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skills that count, in the order they are taught. Province admins add, rename (in
 * Vietnamese, English and French), reorder and retire them; a code never changes and a
 * skill is never deleted, so the history keeps its meaning. Every change is audited.
 */
@Service
@Transactional
public class SkillCatalogue {

	static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,40}");

	static final int MAX_NAME = 120;

	static final int MAX_AGE = 120;

	private final SkillStore store;

	private final AuditTrail audit;

	SkillCatalogue(SkillStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	/** Skills in their order; retired ones too when asked. */
	@Transactional(readOnly = true)
	public List<SkillView> list(boolean includeRetired) {
		return this.store.list(includeRetired);
	}

	@Transactional(readOnly = true)
	public SkillView get(long id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("skill"));
	}

	/** A skill by its id, retired or not. */
	@Transactional(readOnly = true)
	public Optional<SkillView> findById(long id) {
		return this.store.find(id);
	}

	/** A skill by its code, retired or not. */
	@Transactional(readOnly = true)
	public Optional<SkillView> find(String code) {
		return (code != null) ? this.store.findByCode(code) : Optional.empty();
	}

	@PreAuthorize(Allowed.ADMINS)
	public SkillView create(SkillDraft draft) {
		List<Problem> problems = new ArrayList<>();
		String code = (draft.code() != null) ? draft.code().strip().toUpperCase(Locale.ROOT) : "";
		if (!CODE.matcher(code).matches()) {
			problems.add(new Problem("code", "skill.error.code"));
		}
		else if (this.store.codeTaken(code)) {
			problems.add(new Problem("code", "skill.error.code.taken", code));
		}
		SkillDraft clean = names(draft, code, 0, false, problems);
		long id = this.store.insert(code, clean);
		this.audit.record("SKILL_CREATED", "skill", id, code);
		return get(id);
	}

	@PreAuthorize(Allowed.ADMINS)
	public SkillView rename(long id, SkillDraft draft) {
		SkillView existing = get(id);
		SkillDraft clean = names(draft, existing.code(), existing.minAge(), existing.headsOnly(), new ArrayList<>());
		this.store.rename(id, clean);
		this.audit.record("SKILL_RENAMED", "skill", id,
				existing.nameVi() + " -> " + clean.nameVi() + ", " + audience(existing.minAge(), existing.headsOnly())
						+ " -> " + audience(clean.minAge(), clean.headsOnly()));
		return get(id);
	}

	@PreAuthorize(Allowed.ADMINS)
	public SkillView setRetired(long id, boolean retired) {
		SkillView existing = get(id);
		this.store.setRetired(id, retired);
		this.audit.record(retired ? "SKILL_RETIRED" : "SKILL_RESTORED", "skill", id, existing.code());
		return get(id);
	}

	/**
	 * Moves a skill one place up (towards the first) or down, swapping with its
	 * neighbour.
	 */
	@PreAuthorize(Allowed.ADMINS)
	public List<SkillView> move(long id, boolean up) {
		SkillView skill = get(id);
		List<SkillView> all = this.store.list(true);
		int at = all.indexOf(skill);
		int other = up ? at - 1 : at + 1;
		if (other >= 0 && other < all.size()) {
			for (int i = 0; i < all.size(); i++) {
				int slot = (i == at) ? other : (i == other) ? at : i;
				this.store.setPosition(all.get(i).id(), (slot + 1) * 10);
			}
			this.audit.record("SKILL_MOVED", "skill", id, "skill=" + skill.code() + ", move=" + (up ? "UP" : "DOWN"));
		}
		return list(true);
	}

	/**
	 * The draft checked: its names, and whom the skill is for (what the draft leaves out
	 * keeps these).
	 */
	private static SkillDraft names(SkillDraft d, String code, int minAge, boolean headsOnly, List<Problem> problems) {
		String vi = name("nameVi", d.nameVi(), problems);
		String en = name("nameEn", d.nameEn(), problems);
		String fr = name("nameFr", d.nameFr(), problems);
		int age = (d.minAge() != null) ? d.minAge() : minAge;
		if (age < 0 || age > MAX_AGE) {
			problems.add(new Problem("minAge", "skill.error.minAge", MAX_AGE));
		}
		InvalidInputException.throwIfAny(problems);
		return new SkillDraft(code, vi, en, fr, age, (d.headsOnly() != null) ? d.headsOnly() : headsOnly);
	}

	private static String audience(int minAge, boolean headsOnly) {
		return headsOnly ? "HEADS_ONLY" : minAge + "+";
	}

	private static String name(String field, String text, List<Problem> problems) {
		String clean = SearchKey.clean(text);
		if (clean == null || clean.isEmpty()) {
			problems.add(new Problem(field, "skill.error.name.required"));
		}
		else if (clean.length() > MAX_NAME) {
			problems.add(new Problem(field, "skill.error.name.tooLong", MAX_NAME));
		}
		return clean;
	}

}
