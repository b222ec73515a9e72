package org.causo.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.audit.AuditTrail;
import org.causo.fieldwork.ledger.EventLedger;
import org.causo.fieldwork.ledger.FieldDates;
import org.causo.fieldwork.skills.SkillEventLog;
import org.causo.fieldwork.skills.SkillEventStore;
import org.causo.fieldwork.skills.SkillFacts;
import org.causo.fieldwork.skills.SkillGapFilter;
import org.causo.fieldwork.skills.SkillStates;
import org.causo.orgunit.OrgUnits;
import org.causo.registry.Criterion;
import org.causo.registry.ResidentPlace;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.shared.web.Allowed;
import org.causo.skills.SkillCatalogue;
import org.causo.skills.SkillView;

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

	private final SkillEventLog events;

	private final SkillStates states;

	private final SkillCatalogue catalogue;

	private final EventLedger ledger;

	private final Residents residents;

	private final OrgUnits units;

	private final AuditTrail audit;

	private final Clock clock;

	Skills(SkillEventStore store, SkillEventLog events, SkillStates states, SkillCatalogue catalogue,
			EventLedger ledger, Residents residents, OrgUnits units, AuditTrail audit, Clock clock) {
		this.store = store;
		this.events = events;
		this.states = states;
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
			.canonical(new SkillFacts.Reached(d.residentId(), d.skillId(), d.reachedOn(), d.method(), visitId));
		if (this.ledger.isReplay(d.id(), "SKILL_REACHED", content)) {
			return stored(scope, d.id());
		}
		List<Problem> problems = new ArrayList<>();
		ResidentView resident = resident(scope, d.residentId());
		SkillView skill = skill(d.skillId(), problems);
		if (skill != null && skill.retired()) {
			problems.add(new Problem("skillId", "skill.error.retired"));
		}
		FieldDates.check("reachedOn", d.reachedOn(), this.clock, problems);
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
		this.events.insert(d.id(), "REACHED", resident.id(), skill.id(), place.hamletId(), place.unitPath(),
				d.reachedOn(), d.method(), null, visitId, demo);
		this.store.fold(resident.id(), skill.id(), place);
		this.audit.record("SKILL_REACHED", "resident", resident.id(), skill.code() + " " + d.method() + " " + d.id());
		return this.events.find(d.id()).orElseThrow();
	}

	/**
	 * Takes back a skill recorded as reached: officers only, with a reason. Replaying the
	 * same revocation changes nothing.
	 */
	@PreAuthorize(Allowed.OFFICERS)
	public SkillEventView revoke(Scope scope, RevokeDraft d) {
		if (d.id() == null) {
			throw InvalidInputException.of("id", "fieldwork.error.id");
		}
		String reason = (d.reason() != null) ? d.reason().strip() : "";
		LocalDate on = (d.revokedOn() != null) ? d.revokedOn() : LocalDate.now(this.clock);
		String content = this.ledger.canonical(new SkillFacts.Revoked(d.residentId(), d.skillId(), on, reason));
		if (this.ledger.isReplay(d.id(), "SKILL_REVOKED", content)) {
			return stored(scope, d.id());
		}
		List<Problem> problems = new ArrayList<>();
		ResidentView resident = resident(scope, d.residentId());
		SkillView skill = skill(d.skillId(), problems);
		FieldDates.check("revokedOn", on, this.clock, problems);
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
		this.events.insert(d.id(), "REVOKED", resident.id(), skill.id(), place.hamletId(), place.unitPath(), on, null,
				reason, null, false);
		this.store.fold(resident.id(), skill.id(), place);
		this.audit.record("SKILL_REVOKED", "resident", resident.id(), skill.code() + ": " + reason);
		return this.events.find(d.id()).orElseThrow();
	}

	/** A resident's skills, reached and missing, with every event. */
	@Transactional(readOnly = true)
	public ResidentSkills of(Scope scope, long residentId) {
		ResidentView resident = resident(scope, residentId);
		return this.states.of(resident, this.catalogue.list(true), LocalDate.now(this.clock).getYear());
	}

	/**
	 * The skills reached by these residents (already checked for scope by the caller).
	 */
	Map<Long, Map<Long, ResidentSkills.State>> reachedBy(List<Long> residentIds, List<SkillView> skills) {
		return this.states.reachedBy(residentIds, skills);
	}

	/** Residents of a hamlet in scope who reached each skill (skill id → count). */
	@Transactional(readOnly = true)
	public Map<Long, Integer> reachedInHamlet(Scope scope, long hamletId) {
		this.units.get(scope, hamletId);
		return this.states.inHamlet(hamletId);
	}

	/**
	 * A condition for the registry's resident search: residents the skill is for (by the
	 * age rule of the catalogue, at today's year) who have not reached it.
	 */
	public Criterion missing(long skillId) {
		return SkillGapFilter.notReached(this.catalogue.get(skillId), LocalDate.now(this.clock).getYear());
	}

	private SkillEventView stored(Scope scope, UUID id) {
		SkillEventView event = this.events.find(id).orElseThrow(() -> new FieldEventConflictException(id));
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

}
