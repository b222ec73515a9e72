package org.causo.registry;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.causo.shared.Scope;

/**
 * A part of the household page that another module contributes (visits, classes, phones),
 * so that the page is a hub without the registry depending on those modules. Each
 * implementation is a bean of its module with its own fragment and message keys.
 */
public interface HouseholdSection {

	/** Where the section goes on the page, smallest first. */
	int order();

	/**
	 * The Thymeleaf template holding a fragment {@code section(s)} that renders the
	 * model, e.g. {@code fieldwork/household-section}.
	 */
	String template();

	/**
	 * What the section shows for the household, or empty when the viewer may not see it.
	 * Called only after the registry checked that the household lies within the viewer's
	 * scope.
	 */
	Optional<Map<String, Object>> model(Viewer viewer, long householdId);

	/**
	 * Who looks at the page.
	 *
	 * @param scope the units the viewer may see
	 * @param roles the viewer's roles, e.g. POST_OFFICER
	 */
	record Viewer(Scope scope, Set<String> roles) {

		/** Whether the viewer has any of the roles. */
		public boolean hasAny(String... wanted) {
			return Arrays.stream(wanted).anyMatch(this.roles::contains);
		}

		/**
		 * Whether the viewer may see persons (everyone but the analyst, who reads
		 * figures).
		 */
		public boolean seesPersons() {
			return hasAny("PROVINCE_ADMIN", "POST_COMMANDER", "POST_OFFICER", "SUPPORT_MEMBER");
		}

	}

}
