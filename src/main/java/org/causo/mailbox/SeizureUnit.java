package org.causo.mailbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The units a seizure is counted in. BLOCKS (of heroin) stays for cases recorded before
 * the list of seizure kinds; new ones are counted in grams.
 */
public enum SeizureUnit {

	BLOCKS, KG, G, VEHICLES, MOTORCYCLES, PHONES, ITEMS, TABLETS, VND, WEAPONS;

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	/** The unit a quantity reads best in: a kilogram or more of grams is shown in kg. */
	public SeizureUnit shown(BigDecimal quantity) {
		return (this == G && quantity.compareTo(THOUSAND) >= 0) ? KG : this;
	}

	/**
	 * The quantity as the reader writes numbers ("1,5" in Vietnamese and French, "1.5" in
	 * English; "1.500.000" đồng), in the unit {@link #shown(BigDecimal)} gives.
	 */
	public String amount(BigDecimal quantity, Locale locale) {
		BigDecimal value = (shown(quantity) != this) ? quantity.divide(THOUSAND, 6, RoundingMode.HALF_UP) : quantity;
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(3);
		return format.format(value);
	}

}
