package org.causo.mailbox.web;

import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.causo.mailbox.CaseView;
import org.causo.mailbox.SeizureUnit;

/**
 * The outcome form as the officer typed it, so that a refused form comes back with every
 * row (the seizure rows above all) and the page can add blank rows without JavaScript.
 *
 * @param title title
 * @param kind case kind
 * @param status OPEN or CLOSED
 * @param prosecuted prosecuted
 * @param arrests arrests as typed
 * @param rows the seizure rows typed (blank ones left out)
 * @param blank how many blank rows to offer below them
 */
record CaseForm(String title, String kind, String status, boolean prosecuted, String arrests, List<Row> rows,
		int blank) {

	static final int BLANK = 3;

	static final int MAX_BLANK = 30;

	/** The units offered in the form: those of the seizure kinds. */
	static final List<SeizureUnit> UNITS = List.of(SeizureUnit.G, SeizureUnit.KG, SeizureUnit.TABLETS, SeizureUnit.VND,
			SeizureUnit.VEHICLES, SeizureUnit.MOTORCYCLES, SeizureUnit.PHONES, SeizureUnit.WEAPONS, SeizureUnit.ITEMS);

	CaseForm {
		blank = Math.max(BLANK, Math.min(blank, MAX_BLANK));
	}

	CaseForm withMoreRows() {
		return new CaseForm(this.title, this.kind, this.status, this.prosecuted, this.arrests, this.rows,
				this.blank + BLANK);
	}

	/** The form of a saved case: quantities in the unit they read best in. */
	static CaseForm of(CaseView view, Locale locale) {
		char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
		List<Row> rows = view.seizures()
			.stream()
			.map((s) -> new Row(s.kind(), plainAmount(s, decimal), s.shownUnit().name()))
			.toList();
		return new CaseForm(view.title(), view.kind().name(), view.status(), view.prosecuted(),
				String.valueOf(view.arrests()), rows, BLANK);
	}

	/** The rows typed, in order, without the blank ones. */
	static List<Row> rows(List<String> kinds, List<String> quantities, List<String> units) {
		List<Row> rows = new ArrayList<>();
		int count = Math.max(size(kinds), size(quantities));
		for (int i = 0; i < count && rows.size() < MAX_BLANK * 2; i++) {
			String kind = at(kinds, i).strip();
			String quantity = at(quantities, i).strip();
			if (!kind.isEmpty() || !plain(quantity).isEmpty()) {
				rows.add(new Row(kind, quantity, at(units, i)));
			}
		}
		return rows;
	}

	/** A quantity without its spaces (a phone keyboard may add one). */
	static String plain(String quantity) {
		return (quantity != null) ? quantity.replaceAll("\\s", "") : "";
	}

	private static String plainAmount(CaseView.Seizure s, char decimal) {
		java.math.BigDecimal value = (s.shownUnit() != s.unit())
				? s.quantity().divide(java.math.BigDecimal.valueOf(1000)) : s.quantity();
		return value.stripTrailingZeros().toPlainString().replace('.', decimal);
	}

	private static int size(List<String> list) {
		return (list != null) ? list.size() : 0;
	}

	private static String at(List<String> list, int i) {
		return (list != null && i < list.size() && list.get(i) != null) ? list.get(i) : "";
	}

	/**
	 * One seizure row as typed.
	 *
	 * @param kind a seizure kind's code
	 * @param quantity as typed
	 * @param unit a unit's code, or empty for the kind's own
	 */
	record Row(String kind, String quantity, String unit) {

	}

}
