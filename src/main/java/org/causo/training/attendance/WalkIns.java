package org.causo.training.attendance;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.causo.registry.HouseholdDraft;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.registry.Relation;
import org.causo.registry.ResidentDraft;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.Scope;
import org.causo.training.ClassView;
import org.causo.training.WalkInDraft;

import org.springframework.stereotype.Component;

/**
 * Registers a walk-in through the registry: in the chosen household, or in a new
 * household of the venue's hamlet (code "LH" + class + random letters) as its head.
 */
@Component
public class WalkIns {

	private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Households households;

	private final Residents residents;

	private final SecureRandom random = new SecureRandom();

	WalkIns(Households households, Residents residents) {
		this.households = households;
		this.residents = residents;
	}

	public ResidentView register(Scope scope, ClassView c, WalkInDraft d) {
		List<Problem> problems = new ArrayList<>();
		if (d.fullName() == null || d.fullName().isBlank()) {
			problems.add(new Problem("fullName", "walkin.error.name"));
		}
		if (d.sex() == null) {
			problems.add(new Problem("sex", "walkin.error.sex"));
		}
		InvalidInputException.throwIfAny(problems);
		Long householdId = d.householdId();
		Relation relation = (d.relation() != null) ? d.relation() : Relation.OTHER_RELATIVE;
		if (householdId == null) {
			householdId = newHousehold(scope, c).id();
			relation = Relation.HEAD;
		}
		return this.residents.create(scope, draft(d, householdId, relation));
	}

	private static ResidentDraft draft(WalkInDraft d, Long householdId, Relation relation) {
		return new ResidentDraft(householdId, d.fullName(), d.sex(), d.birthYear(), null, List.of(), null, relation,
				d.phone(), null);
	}

	/**
	 * A new household with a random code: 32^5 codes per class, so a clash is left to the
	 * registry's own "code taken" message rather than retried (a refused call marks the
	 * transaction for rollback).
	 */
	private HouseholdView newHousehold(Scope scope, ClassView c) {
		String code = ("LH" + c.id() + "-" + code()).toUpperCase(Locale.ROOT);
		return this.households.create(scope,
				new HouseholdDraft(code, c.hamletId(), null, null, null, null, null, null, false, false, false));
	}

	private String code() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			sb.append(LETTERS.charAt(this.random.nextInt(LETTERS.length())));
		}
		return sb.toString();
	}

}
