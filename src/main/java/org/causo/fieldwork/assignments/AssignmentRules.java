package org.causo.fieldwork.assignments;

import org.causo.fieldwork.Load;
import org.causo.shared.InvalidInputException;

/** The rules of assigning that need no database: the 3–5 rule's override, a reason. */
public final class AssignmentRules {

	static final int MAX_REASON = 500;

	/** At most this many households in one batch (the page shows 50 at a time). */
	public static final int MAX_BATCH = 50;

	private AssignmentRules() {
	}

	/**
	 * More than 5 households (after is the member's count then, 0 when within the rule)
	 * only with an override and a reason.
	 */
	public static void checkOverride(String member, int after, boolean override, String reason) {
		if (after == 0) {
			return;
		}
		if (!override) {
			throw InvalidInputException.of("override", "assignment.error.tooMany", member, after, Load.MAX);
		}
		reason(reason);
	}

	/** A reason is given and not too long; returns it. */
	public static String reason(String reason) {
		if (reason.isEmpty() || reason.length() > MAX_REASON) {
			throw InvalidInputException.of("reason",
					reason.isEmpty() ? "assignment.error.reason" : "skill.error.reason.tooLong", MAX_REASON);
		}
		return reason;
	}

}
