package org.causo.registry.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Parsed values of cells that repeat (flags, enums, hamlet names), per kind of cell, so a
 * million-line import parses "yes" or "Bản Ka Lăng" once. Bounded: past a few thousand
 * distinct values a kind is parsed each time.
 */
final class Memo {

	static final Object FLAG = new Object();

	static final Object HAMLET = new Object();

	private static final int MAX_PER_KIND = 4096;

	private static final Object NONE = new Object();

	private final Map<Object, Map<String, Object>> kinds = new HashMap<>();

	Object computeIfAbsent(Object kind, String text, Function<String, ?> parse) {
		Map<String, Object> values = this.kinds.computeIfAbsent(kind, (k) -> new HashMap<>());
		Object value = values.get(text);
		if (value == null) {
			Object parsed = parse.apply(text);
			value = (parsed != null) ? parsed : NONE;
			if (values.size() < MAX_PER_KIND) {
				values.put(text, value);
			}
		}
		return (value == NONE) ? null : value;
	}

}
