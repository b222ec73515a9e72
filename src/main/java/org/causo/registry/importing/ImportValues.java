package org.causo.registry.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.causo.registry.Ethnicity;
import org.causo.registry.Language;
import org.causo.registry.ReadsVietnamese;
import org.causo.registry.Relation;
import org.causo.registry.Sex;
import org.causo.shared.SearchKey;

import org.springframework.context.MessageSource;

/**
 * The values an import file may hold for each list column: the codes (THAI), the ways
 * people type them (ImportRow), and every label the app itself shows in Vietnamese,
 * English and French ("Tiếng Thái", "Thai", "Một chút"), so that an export reads back.
 */
final class ImportValues {

	private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH, Locale.FRENCH);

	private static final Map<Class<?>, String> PREFIXES = Map.of(Ethnicity.class, "registry.ethnicity.", Language.class,
			"registry.language.", ReadsVietnamese.class, "registry.reads.", Relation.class, "registry.relation.",
			Sex.class, "registry.sex.");

	private final Map<Class<?>, Map<String, Enum<?>>> labels = new HashMap<>();

	private final Map<Class<?>, String> allowed = new HashMap<>();

	private final Map<String, Boolean> flags = new HashMap<>();

	private final String allowedFlags;

	ImportValues(MessageSource messages) {
		PREFIXES.forEach((type, prefix) -> {
			Map<String, Enum<?>> byLabel = new HashMap<>();
			Map<Enum<?>, String> shown = new java.util.LinkedHashMap<>();
			for (Enum<?> value : (Enum<?>[]) type.getEnumConstants()) {
				for (Locale locale : LOCALES) {
					String label = messages.getMessage(prefix + value.name(), null, null, locale);
					if (label != null) {
						byLabel.putIfAbsent(SearchKey.of(label), value);
						shown.putIfAbsent(value, label);
					}
				}
			}
			this.labels.put(type, byLabel);
			this.allowed.put(type, shown.values().stream().collect(Collectors.joining(", ")));
		});
		for (Locale locale : LOCALES) {
			this.flags.putIfAbsent(SearchKey.of(messages.getMessage("common.yes", null, "yes", locale)), true);
			this.flags.putIfAbsent(SearchKey.of(messages.getMessage("common.no", null, "no", locale)), false);
		}
		this.allowedFlags = messages.getMessage("common.yes", null, "yes", LOCALES.get(0)) + ", "
				+ messages.getMessage("common.no", null, "no", LOCALES.get(0));
	}

	/**
	 * A list value as typed: its code, a common way to type it, or a label; else null.
	 */
	<E extends Enum<E>> E of(Class<E> type, String text) {
		E typed = (type == Sex.class) ? type.cast(ImportRow.sex(text))
				: (type == Relation.class) ? type.cast(ImportRow.relation(text)) : ImportRow.enumOf(type, text);
		if (typed != null) {
			return typed;
		}
		Map<String, Enum<?>> byLabel = this.labels.get(type);
		return (byLabel != null) ? type.cast(byLabel.get(SearchKey.of(text))) : null;
	}

	/** Yes or no as typed or as the app shows it (Có, Không, Oui…); null when neither. */
	Boolean flag(String text) {
		Boolean typed = ImportRow.flag(text);
		return (typed != null) ? typed : this.flags.get(SearchKey.of(text));
	}

	/** The values to list when one is refused, as the app shows them in Vietnamese. */
	String allowed(Class<?> type) {
		return (type == Boolean.class) ? this.allowedFlags : this.allowed.getOrDefault(type, "");
	}

}
