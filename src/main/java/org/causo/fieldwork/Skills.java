package org.causo.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.audit.AuditTrail;
import org.causo.fieldwork.ledger.EventLedger;
import org.causo.fieldwork.skills.SkillEventChecks;
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

	private final SkillEventStore store;

	private final SkillEventChecks checks;

	private final SkillEventLog events;

	private final SkillStates states;

	private final SkillCatalogue catalogue;

	private final EventLedger ledger;

	private final Residents residents;

	private final OrgUnits units;

	private final AuditTrail audit;

	private final Clock clock;

	Skills(SkillEventStore store, SkillEventChecks checks, SkillEventLog events, SkillStates states,
			SkillCatalogue catalogue, EventLedger ledger, Residents residents, OrgUnits units, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.checks = checks;
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
		return reach(scope, draft, null);
	}

	SkillEventView reach(Scope scope, ReachDraft d, UUID visitId) {
		if (d.id() == null) {
			throw InvalidInputException.of("id", "fieldwork.error.id");
		}
		String content = this.ledger
			.canonical(new SkillFacts.Reached(d.residentId(), d.skillId(), d.reachedOn(), d.method(), visitId));
		if (this.ledger.isReplay(d.id(), "SKILL_REACHED", content)) {
			return stored(scope, d.id());
		}
		ResidentView resident = resident(scope, d.residentId());
		SkillView skill = this.checks.reach(d);
		if (!this.ledger.claimed(d.id(), "SKILL_REACHED", content)) {
			return stored(scope, d.id());
		}
		this.audit.record("SKILL_REACHED", "resident", resident.id(), skill.code() + " " + d.method() + " " + d.id());
		return append(scope, d.id(), "REACHED", resident, skill, d.reachedOn(), d.method(), null, visitId);
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
		ResidentView resident = resident(scope, d.residentId());
		SkillView skill = this.checks.revoke(resident.id(), d.skillId(), on, reason);
		if (!this.ledger.claimed(d.id(), "SKILL_REVOKED", content)) {
			return stored(scope, d.id());
		}
		this.audit.record("SKILL_REVOKED", "resident", resident.id(), skill.code() + ": " + reason);
		return append(scope, d.id(), "REVOKED", resident, skill, on, null, reason, null);
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

	/**
	 * Appends the event in the resident's hamlet, folds their state for the skill (and
	 * the roll-up with it) and returns the stored event.
	 */
	private SkillEventView append(Scope scope, UUID id, String kind, ResidentView resident, SkillView skill,
			LocalDate on, Method method, String reason, UUID visitId) {
		ResidentPlace place = this.residents.place(scope, resident.id());
		this.events.insert(id, kind, resident.id(), skill.id(), place.hamletId(), place.unitPath(), on, method, reason,
				visitId);
		this.store.fold(resident.id(), skill.id(), place);
		return this.events.find(id).orElseThrow();
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

}
