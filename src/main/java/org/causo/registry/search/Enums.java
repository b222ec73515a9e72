package org.causo.registry.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Enum values to and from text columns, tolerant of values written by later versions. */
public final class Enums {

	private Enums() {
	}

	public static <E extends Enum<E>> E of(Class<E> type, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public static <E extends Enum<E>> List<E> listOf(Class<E> type, String[] names) {
		List<E> values = new ArrayList<>();
		if (names != null) {
			for (String name : names) {
				E value = of(type, name);
				if (value != null) {
					values.add(value);
				}
			}
		}
		return values;
	}

	public static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
