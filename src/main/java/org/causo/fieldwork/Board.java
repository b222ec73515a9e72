package org.causo.fieldwork;

import java.util.List;

import org.causo.registry.HouseholdView;

/**
 * A team's households, member by member, with the 3–5 warnings.
 *
 * @param team the team
 * @param members each current member with the households assigned
 */
public record Board(TeamView team, List<Line> members) {

	/**
	 * One member's households.
	 *
	 * @param member the member
	 * @param load how many
	 * @param households the households
	 */
	public record Line(MemberView member, Load load, List<HouseholdView> households) {

	}

}
