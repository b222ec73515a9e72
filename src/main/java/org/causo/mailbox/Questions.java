package org.causo.mailbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.SearchKey;
import org.causo.shared.crypto.Crypto;

/**
 * What a mailbox's form asks. The category (or topic) and the free text are always asked;
 * the commander chooses which categories are offered, whether "when", "where" and photos
 * are asked, and adds up to five questions of the post's own, labelled in each language.
 *
 * @param categories the categories offered, a subset of the kind's, in the kind's order
 * @param when whether "when" is asked
 * @param where whether "where" is asked
 * @param files whether photos may be attached (off or optional)
 * @param custom the post's own questions
 */
public record Questions(List<String> categories, Mode when, Mode where, Mode files, List<Custom> custom) {

	/** At most this many questions of the post's own. */
	public static final int MAX_CUSTOM = 5;

	/** Languages a label may be written in; Vietnamese is required. */
	public static final List<String> LANGUAGES = List.of("vi", "en", "fr");

	static final int MAX_LABEL = 200;

	public Questions {
		categories = (categories != null) ? categories.stream().filter(java.util.Objects::nonNull).toList() : List.of();
		custom = (custom != null) ? custom.stream().filter(java.util.Objects::nonNull).toList() : List.of();
	}

	/** Asked or not, and whether an answer is required. */
	public enum Mode {

		OFF, OPTIONAL, REQUIRED

	}

	/** Kinds of answer to a question of the post's own. */
	public enum Type {

		/** One line, up to 200 characters. */
		SHORT,
		/** A paragraph, up to 5,000 characters. */
		LONG,
		/** Yes or no. */
		YES_NO

	}

	/**
	 * A question of the post's own.
	 *
	 * @param id a stable id, the answer's key
	 * @param type kind of answer
	 * @param required whether the form refuses an empty answer
	 * @param labels the question in each language, by language code; "vi" is required
	 */
	public record Custom(String id, Type type, boolean required, Map<String, String> labels) {

		public Custom {
			Map<String, String> present = new LinkedHashMap<>();
			if (labels != null) {
				labels.forEach((language, text) -> {
					if (language != null && text != null) {
						present.put(language, text);
					}
				});
			}
			labels = Map.copyOf(present);
		}

		/** The label in a language, else in Vietnamese. */
		public String label(Locale locale) {
			return this.labels.getOrDefault(locale.getLanguage(), this.labels.get("vi"));
		}

	}

	/**
	 * The default questions of a kind: crime tips ask a category, the text, when and
	 * where (optional) and photos (optional); feedback asks a topic and the text.
	 */
	public static Questions defaults(MailboxKind kind) {
		boolean tips = kind == MailboxKind.CRIME_TIP;
		return new Questions(kind.categories(), tips ? Mode.OPTIONAL : Mode.OFF, tips ? Mode.OPTIONAL : Mode.OFF,
				tips ? Mode.OPTIONAL : Mode.OFF, List.of());
	}

	/** A question of the post's own, by id. */
	public Custom custom(String id) {
		return this.custom.stream().filter((c) -> c.id().equals(id)).findFirst().orElse(null);
	}

	/**
	 * Checks a draft from a commander and returns it cleaned: categories in the kind's
	 * order, labels trimmed, new questions given an id.
	 */
	public static Questions validated(MailboxKind kind, Questions draft) {
		List<Problem> problems = new ArrayList<>();
		List<String> categories = kind.categories()
			.stream()
			.filter((c) -> draft.categories() != null && draft.categories().contains(c))
			.toList();
		if (categories.isEmpty() || draft.categories().stream().anyMatch((c) -> !kind.categories().contains(c))) {
			problems.add(new Problem("categories", "questions.error.categories"));
		}
		if (draft.when() == null || draft.where() == null) {
			problems.add(new Problem("when", "questions.error.mode"));
		}
		if (draft.files() == null || draft.files() == Mode.REQUIRED) {
			problems.add(new Problem("files", "questions.error.files"));
		}
		if (draft.custom().size() > MAX_CUSTOM) {
			problems.add(new Problem("custom", "questions.error.tooMany", MAX_CUSTOM));
		}
		List<Custom> custom = new ArrayList<>();
		java.util.Set<String> ids = new java.util.HashSet<>();
		for (int i = 0; i < Math.min(draft.custom().size(), MAX_CUSTOM); i++) {
			Custom clean = cleanCustom(draft.custom().get(i), i, problems);
			if (!ids.add(clean.id())) {
				clean = new Custom(newId(), clean.type(), clean.required(), clean.labels());
			}
			custom.add(clean);
		}
		InvalidInputException.throwIfAny(problems);
		return new Questions(categories, draft.when(), draft.where(), draft.files(), custom);
	}

	private static Custom cleanCustom(Custom draft, int index, List<Problem> problems) {
		String field = "custom" + index;
		Map<String, String> labels = new LinkedHashMap<>();
		for (var entry : draft.labels().entrySet()) {
			String clean = SearchKey.clean(entry.getValue());
			if (!LANGUAGES.contains(entry.getKey())) {
				problems.add(new Problem(field, "questions.error.language"));
			}
			else if (clean != null && clean.length() > MAX_LABEL) {
				problems.add(new Problem(field, "questions.error.label", MAX_LABEL));
				labels.put(entry.getKey(), clean);
			}
			else if (clean != null && !clean.isEmpty()) {
				labels.put(entry.getKey(), clean);
			}
		}
		if (!labels.containsKey("vi")) {
			problems.add(new Problem(field, "questions.error.labelVi"));
		}
		if (draft.type() == null) {
			problems.add(new Problem(field, "questions.error.type"));
		}
		String id = draft.id();
		if (id == null || !id.matches("[a-f0-9]{8}")) {
			id = newId();
		}
		return new Custom(id, draft.type(), draft.required(), labels);
	}

	private static String newId() {
		return java.util.HexFormat.of().formatHex(Crypto.randomBytes(4));
	}

}
