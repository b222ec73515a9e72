package org.causo.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.causo.audit.AuditTrail;
import org.causo.orgunit.OrgUnits;
import org.causo.registry.Criterion;
import org.causo.registry.Relation;
import org.causo.registry.ResidentPlace;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Skills reached by residents, as events with a client-made id. Skills only move forward:
 * a skill reached stays reached unless an officer revokes it with a reason; both events
 * stay in the history. The per-hamlet roll-up changes in the same transaction.
 */
@Service
@Transactional
public class Skills {

	static final int MAX_REASON = 500;

	private final SkillEventStore store;

	private final HamletRollup rollup;

	private final SkillCatalogue catalogue;

	private final EventLedger ledger;

	private final Residents residents;

	private final OrgUnits units;

	private final AuditTrail audit;

	private final Clock clock;

	Skills(SkillEventStore store, HamletRollup rollup, SkillCatalogue catalogue, EventLedger ledger,
			Residents residents, OrgUnits units, AuditTrail audit, Clock clock) {
		this.store = store;
		this.rollup = rollup;
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.residents = residents;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records a skill reached; returns the stored event (the earlier one on a replay).
	 */
	public SkillEventView reach(Scope scope, ReachDraft draft) {
		return reach(scope, draft, null, false);
	}

	SkillEventView reach(Scope scope, ReachDraft d, UUID visitId, boolean demo) {
		if (d.id() == null) {
			throw InvalidInputException.of("id", "fieldwork.error.id");
		}
		String content = this.ledger
			.canonical(new Reached(d.residentId(), d.skillId(), d.reachedOn(), d.method(), visitId));
		if (this.ledger.isReplay(d.id(), "SKILL_REACHED", content)) {
			return stored(scope, d.id());
		}
		List<Problem> problems = new ArrayList<>();
		ResidentView resident = resident(scope, d.residentId());
		SkillView skill = skill(d.skillId(), problems);
		if (skill != null && skill.retired()) {
			problems.add(new Problem("skillId", "skill.error.retired"));
		}
		day("reachedOn", d.reachedOn(), problems);
		if (d.method() == null) {
			problems.add(new Problem("method", "skill.error.method"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!this.ledger.claim(d.id(), "SKILL_REACHED", content)) {
			this.ledger.isReplay(d.id(), "SKILL_REACHED", content);
			return stored(scope, d.id());
		}
		ResidentPlace place = this.residents.place(scope, resident.id());
		this.store.insert(d.id(), "REACHED", resident.id(), skill.id(), place.hamletId(), place.unitPath(),
				d.reachedOn(), d.method(), null, visitId, demo);
		this.store.fold(resident.id(), skill.id(), place);
		this.audit.record("SKILL_REACHED", "resident", resident.id(), skill.code() + " " + d.method() + " " + d.id());
		return this.store.find(d.id()).orElseThrow();
	}

	/**
	 * Takes back a skill recorded as reached: officers only, with a reason. Replaying the
	 * same revocation changes nothing.
	 */
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER')")
	public SkillEventView revoke(Scope scope, RevokeDraft d) {
		if (d.id() == null) {
			throw InvalidInputException.of("id", "fieldwork.error.id");
		}
		String reason = (d.reason() != null) ? d.reason().strip() : "";
		LocalDate on = (d.revokedOn() != null) ? d.revokedOn() : LocalDate.now(this.clock);
		String content = this.ledger.canonical(new Revoked(d.residentId(), d.skillId(), on, reason));
		if (this.ledger.isReplay(d.id(), "SKILL_REVOKED", content)) {
			return stored(scope, d.id());
		}
		List<Problem> problems = new ArrayList<>();
		ResidentView resident = resident(scope, d.residentId());
		SkillView skill = skill(d.skillId(), problems);
		day("revokedOn", on, problems);
		if (reason.isEmpty()) {
			problems.add(new Problem("reason", "skill.error.reason.required"));
		}
		else if (reason.length() > MAX_REASON) {
			problems.add(new Problem("reason", "skill.error.reason.tooLong", MAX_REASON));
		}
		if (skill != null && !this.store.isReached(resident.id(), skill.id())) {
			problems.add(new Problem("skillId", "skill.error.notReached"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!this.ledger.claim(d.id(), "SKILL_REVOKED", content)) {
			this.ledger.isReplay(d.id(), "SKILL_REVOKED", content);
			return stored(scope, d.id());
		}
		ResidentPlace place = this.residents.place(scope, resident.id());
		this.store.insert(d.id(), "REVOKED", resident.id(), skill.id(), place.hamletId(), place.unitPath(), on, null,
				reason, null, false);
		this.store.fold(resident.id(), skill.id(), place);
		this.audit.record("SKILL_REVOKED", "resident", resident.id(), skill.code() + ": " + reason);
		return this.store.find(d.id()).orElseThrow();
	}

	/** A resident's skills, reached and missing, with every event. */
	@Transactional(readOnly = true)
	public ResidentSkills of(Scope scope, long residentId) {
		ResidentView resident = resident(scope, residentId);
		List<SkillView> all = this.catalogue.list(true);
		Map<Long, SkillView> byId = all.stream().collect(Collectors.toMap(SkillView::id, Function.identity()));
		Map<Long, ResidentSkills.State> reached = this.store.reached(List.of(residentId), byId)
			.getOrDefault(residentId, Map.of());
		int year = LocalDate.now(this.clock).getYear();
		boolean head = resident.relation() == Relation.HEAD;
		List<ResidentSkills.State> states = all.stream()
			.filter((s) -> !s.retired() || reached.containsKey(s.id()))
			.map((s) -> reached.getOrDefault(s.id(), new ResidentSkills.State(s, null, null, null)))
			.map((state) -> state.forResident(state.skill().appliesTo(resident.birthYear(), head, year)))
			.toList();
		return new ResidentSkills(resident.id(), resident.fullName(), resident.householdId(), states,
				this.store.history(residentId));
	}

	/**
	 * The skills reached by these residents (already checked for scope by the caller).
	 */
	Map<Long, Map<Long, ResidentSkills.State>> reachedBy(List<Long> residentIds, List<SkillView> skills) {
		return this.store.reached(residentIds,
				skills.stream().collect(Collectors.toMap(SkillView::id, Function.identity())));
	}

	/** Residents of a hamlet in scope who reached each skill (skill id → count). */
	@Transactional(readOnly = true)
	public Map<Long, Integer> reachedInHamlet(Scope scope, long hamletId) {
		this.units.get(scope, hamletId);
		return this.rollup.of(hamletId);
	}

	/**
	 * A condition for the registry's resident search: residents the skill is for (by the
	 * age rule of the catalogue, at today's year) who have not reached it.
	 */
	public Criterion missing(long skillId) {
		SkillView skill = this.catalogue.get(skillId);
		String param = "fieldworkMissingSkill" + skillId;
		String sql = "not exists (select 1 from resident_skill fs where fs.resident_id = r.id and fs.skill_id = :"
				+ param + ")";
		Map<String, Object> params = new java.util.HashMap<>(Map.of(param, skillId));
		// the same rule as SkillView.appliesTo, over the registry's resident row r
		if (skill.headsOnly()) {
			sql += " and r.relation = 'HEAD'";
		}
		else if (skill.minAge() > 0) {
			String born = "fieldworkBornBy" + skillId;
			sql += " and (r.relation = 'HEAD' or r.birth_year is null or r.birth_year <= :" + born + ")";
			params.put(born, LocalDate.now(this.clock).getYear() - skill.minAge());
		}
		return new Criterion(sql, params);
	}

	private SkillEventView stored(Scope scope, UUID id) {
		SkillEventView event = this.store.find(id).orElseThrow(() -> new FieldEventConflictException(id));
		resident(scope, event.residentId());
		return event;
	}

	private ResidentView resident(Scope scope, Long id) {
		if (id == null) {
			throw InvalidInputException.of("residentId", "skill.error.resident");
		}
		return this.residents.get(scope, id);
	}

	private SkillView skill(Long id, List<Problem> problems) {
		try {
			return (id != null) ? this.catalogue.get(id) : fail(problems);
		}
		catch (NotFoundException ex) {
			return fail(problems);
		}
	}

	private static SkillView fail(List<Problem> problems) {
		problems.add(new Problem("skillId", "skill.error.skill"));
		return null;
	}

	private void day(String field, LocalDate on, List<Problem> problems) {
		if (on == null) {
			problems.add(new Problem(field, "fieldwork.error.date.required"));
		}
		else if (on.isAfter(LocalDate.now(this.clock)) || on.getYear() < 2000) {
			problems.add(new Problem(field, "fieldwork.error.date.range"));
		}
	}

	/** The content of a reach, as compared on a replay. */
	record Reached(Long residentId, Long skillId, LocalDate reachedOn, Method method, UUID visitId) {

	}

	/** The content of a revocation, as compared on a replay. */
	record Revoked(Long residentId, Long skillId, LocalDate revokedOn, String reason) {

	}

}
