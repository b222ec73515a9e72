package org.causo.mailbox;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A quantity of seized goods in its unit, as a case's page and the figures show it.
 */
public interface SeizedAmount {

	BigDecimal quantity();

	SeizureUnit unit();

	/** The quantity without trailing zeros, as people write it. */
	default String amount() {
		return quantity().stripTrailingZeros().toPlainString();
	}

	/**
	 * The quantity in the reader's way of writing numbers, in {@link #shownUnit()}.
	 */
	default String amount(Locale locale) {
		return unit().amount(quantity(), locale);
	}

	default SeizureUnit shownUnit() {
		return unit().shown(quantity());
	}

}
