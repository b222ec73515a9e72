package org.causo.mailbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The fixed list of what a case may seize, each counted in one unit, so that the figures
 * add up across cases and posts (the names are in the bundles,
 * {@code case.seizureKind.*}). Drugs are counted in grams and may be typed in kilograms;
 * smuggled goods in kilograms.
 */
public enum SeizureKind {

	HEROIN(SeizureUnit.G, SeizureUnit.KG), METHAMPHETAMINE(SeizureUnit.G, SeizureUnit.KG),
	SYNTHETIC_TABLETS(SeizureUnit.TABLETS), OPIUM(SeizureUnit.G, SeizureUnit.KG),
	CANNABIS(SeizureUnit.G, SeizureUnit.KG), OTHER_DRUGS(SeizureUnit.G, SeizureUnit.KG), CASH(SeizureUnit.VND),
	CARS(SeizureUnit.VEHICLES), MOTORCYCLES(SeizureUnit.MOTORCYCLES), PHONES(SeizureUnit.PHONES),
	WEAPONS(SeizureUnit.WEAPONS), SMUGGLED_GOODS(SeizureUnit.KG, SeizureUnit.G), OTHER(SeizureUnit.ITEMS);

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	private final SeizureUnit unit;

	private final List<SeizureUnit> typed;

	SeizureKind(SeizureUnit unit, SeizureUnit... alsoTyped) {
		this.unit = unit;
		this.typed = java.util.stream.Stream
			.concat(java.util.stream.Stream.of(unit), java.util.stream.Stream.of(alsoTyped))
			.toList();
	}

	/** The unit it is counted (stored and added up) in. */
	public SeizureUnit unit() {
		return this.unit;
	}

	/** The units an officer may type it in; the first is the one it is counted in. */
	public List<SeizureUnit> units() {
		return this.typed;
	}

	/** The quantity in the counting unit (1.5 kg of heroin is 1,500 g). */
	public BigDecimal counted(BigDecimal quantity, SeizureUnit typedIn) {
		if (typedIn == this.unit) {
			return quantity;
		}
		return (typedIn == SeizureUnit.KG) ? quantity.multiply(THOUSAND) : quantity.divide(THOUSAND);
	}

	/** The kind of a code, any case; null when the list has no such kind. */
	public static SeizureKind of(String code) {
		for (SeizureKind k : values()) {
			if (k.name().equals((code != null) ? code.strip().toUpperCase(Locale.ROOT) : "")) {
				return k;
			}
		}
		return null;
	}

}
