package org.causo.mailbox.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.causo.mailbox.CaseKind;
import org.causo.mailbox.CaseOutcome;
import org.causo.mailbox.CaseView;
import org.causo.mailbox.SeizureKind;
import org.causo.mailbox.SeizureUnit;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.SearchKey;

/** Checks what officers type about cases; every problem names a message key. */
public final class CaseRules {

	static final int MAX_TITLE = 200;

	static final int MAX_ARRESTS = 10000;

	static final int MAX_SEIZURES = 50;

	private CaseRules() {
	}

	public static String title(String title, List<Problem> problems) {
		String clean = SearchKey.clean(title);
		if (clean == null || clean.isEmpty() || clean.length() > MAX_TITLE) {
			problems.add(new Problem("title", "mailbox.case.error.title", MAX_TITLE));
		}
		return clean;
	}

	public static CaseKind kind(String kind, List<Problem> problems) {
		for (CaseKind k : CaseKind.values()) {
			if (k.name().equalsIgnoreCase((kind != null) ? kind.strip() : "")) {
				return k;
			}
		}
		problems.add(new Problem("kind", "mailbox.case.error.kind"));
		return CaseKind.OTHER;
	}

	public static String status(String status, List<Problem> problems) {
		String upper = (status != null) ? status.strip().toUpperCase(Locale.ROOT) : "";
		if (!upper.equals("OPEN") && !upper.equals("CLOSED")) {
			problems.add(new Problem("status", "mailbox.case.error.status"));
		}
		return upper;
	}

	public static int arrests(Integer arrests, List<Problem> problems) {
		int value = (arrests != null) ? arrests : 0;
		if (value < 0 || value > MAX_ARRESTS) {
			problems.add(new Problem("arrests", "mailbox.case.error.arrests", MAX_ARRESTS));
		}
		return value;
	}

	/**
	 * Each row names a kind of the list and a quantity; a row is numbered from 1 in the
	 * messages. The quantity is stored in the kind's counting unit.
	 */
	public static List<CaseView.Seizure> seizures(List<CaseOutcome.SeizureDraft> drafts, List<Problem> problems) {
		List<CaseView.Seizure> seizures = new ArrayList<>();
		if (drafts.size() > MAX_SEIZURES) {
			problems.add(new Problem("seizures", "mailbox.case.error.seizures", MAX_SEIZURES));
			return seizures;
		}
		int row = 0;
		for (CaseOutcome.SeizureDraft draft : drafts) {
			row++;
			SeizureKind kind = SeizureKind.of(draft.kind());
			if (kind == null) {
				problems.add(new Problem("seizures", "mailbox.case.error.seizureKind", row));
				continue;
			}
			if (draft.quantity() == null || draft.quantity().signum() < 0 || draft.quantity().scale() > 3
					|| draft.quantity().precision() - draft.quantity().scale() > 11) {
				problems.add(new Problem("seizures", "mailbox.case.error.quantity", row));
				continue;
			}
			SeizureUnit unit = (draft.unit() == null || draft.unit().isBlank()) ? kind.unit() : unit(draft.unit());
			if (unit == null || !kind.units().contains(unit)) {
				problems.add(new Problem("seizures", "mailbox.case.error.unit", row));
				continue;
			}
			seizures.add(new CaseView.Seizure(kind.name(), kind.counted(draft.quantity(), unit), kind.unit()));
		}
		return seizures;
	}

	public static void check(List<Problem> problems) {
		InvalidInputException.throwIfAny(problems);
	}

	private static SeizureUnit unit(String unit) {
		for (SeizureUnit u : SeizureUnit.values()) {
			if (u.name().equalsIgnoreCase((unit != null) ? unit.strip() : "")) {
				return u;
			}
		}
		return null;
	}

}
