package org.causo.mailbox;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an officer records about a case; the seizures replace the ones recorded before.
 *
 * @param title a short title
 * @param kind {@code MAJOR} or {@code OTHER}
 * @param status {@code OPEN} or {@code CLOSED}
 * @param prosecuted whether criminal proceedings were started
 * @param arrests people arrested
 * @param seizures what was seized
 */
public record CaseOutcome(String title, String kind, String status, Boolean prosecuted, Integer arrests,
		List<SeizureDraft> seizures) {

	public CaseOutcome {
		seizures = (seizures != null) ? List.copyOf(seizures) : List.of();
	}

	/**
	 * One seizure as typed.
	 *
	 * @param kind what, in free text (heroin, dried betel nuts…)
	 * @param quantity how much, ≥ 0
	 * @param unit one of {@link SeizureUnit}
	 */
	public record SeizureDraft(String kind, BigDecimal quantity, String unit) {

	}

}
