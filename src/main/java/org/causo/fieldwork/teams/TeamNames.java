package org.causo.fieldwork.teams;

import java.util.List;
import java.util.Map;

import org.causo.fieldwork.MemberView;
import org.causo.identity.Officers;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Component;

/**
 * Names in teams: the officers' display names on their memberships, and the check of a
 * name typed for a team or a volunteer.
 */
@Component
public class TeamNames {

	public static final int MAX_NAME = 120;

	private final Officers officers;

	TeamNames(Officers officers) {
		this.officers = officers;
	}

	/** Members by id, with names, whether or not they left. */
	public List<MemberView> named(List<MemberView> members) {
		Map<Long, String> names = this.officers
			.displayNames(members.stream().filter((m) -> m.officerId() != null).map(MemberView::officerId).toList());
		return members.stream()
			.map((m) -> (m.officerId() == null) ? m
					: new MemberView(m.id(), m.teamId(), m.officerId(), names.getOrDefault(m.officerId(), "?"), null,
							m.joinedOn(), m.leftOn()))
			.toList();
	}

	public static String typed(String field, String text, List<Problem> problems) {
		String clean = SearchKey.clean(text);
		if (clean == null || clean.isEmpty()) {
			problems.add(new Problem(field, "team.error.name.required"));
		}
		else if (clean.length() > MAX_NAME) {
			problems.add(new Problem(field, "team.error.name.tooLong", MAX_NAME));
		}
		return clean;
	}

}
