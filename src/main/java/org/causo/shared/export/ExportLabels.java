package org.causo.shared.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/** Localized cell values of one export, each looked up once. */
public final class ExportLabels {

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> cache = new HashMap<>();

	ExportLabels(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The label of {@code prefix + value} (an enum's name), the value itself if none. */
	public String of(String prefix, Object value) {
		if (value == null) {
			return null;
		}
		String name = (value instanceof Enum<?> e) ? e.name() : value.toString();
		return this.cache.computeIfAbsent(prefix + name, (k) -> this.messages.getMessage(k, null, name, this.locale));
	}

	/** "Có" or "Không". */
	public String yesNo(boolean value) {
		return of("common.", value ? "yes" : "no");
	}

	public Locale locale() {
		return this.locale;
	}

}
