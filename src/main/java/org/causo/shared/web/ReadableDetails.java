package org.causo.shared.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causo.shared.CodeNames;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the short machine text that the audit log and a case's history store (key=value
 * pairs, status codes, and in older rows a Java record's {@code toString()}) into words
 * in the reader's language, so that no enum constant or record dump reaches a page.
 * Stored rows stay as they are (the audit log is append-only); only their display
 * changes. Templates call it as {@code ${@details.of(text)}}.
 */
@Component("details")
public class ReadableDetails {

	/** {@code ResidentQuery[text=null, communeId=5]}: what records print. */
	private static final Pattern RECORD = Pattern.compile("\\b[A-Z][A-Za-z]*\\[(.*)\\]");

	/** {@code arrests=2} and, in older rows, {@code rows: 12}. */
	private static final Pattern PAIR = Pattern.compile("\\b([a-z][A-Za-z]*)(?:=|: )([^,;\\s]*)");

	/** The few English words older rows put between the pairs ("filters", "report 5"). */
	private static final Pattern WORD = Pattern
		.compile("\\b(filters|report|from|household|resident|member|officer)\\b");

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	/** Where the modules' bundles already name a code; the first that knows it wins. */
	private static final String[] CODE_PREFIXES = { "details.value.", "report.status.", "case.status.", "case.kind.",
			"mailbox.kind.", "role.", "device.status.", "fieldwork.method.", "points.status.", "kind.",
			"registry.ethnicity." };

	private final MessageSource messages;

	private final ObjectProvider<CodeNames> names;

	ReadableDetails(MessageSource messages, ObjectProvider<CodeNames> names) {
		this.messages = messages;
		this.names = names;
	}

	public String of(String text) {
		return of(text, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	public String of(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String plain = replace(RECORD, text, (m) -> pairs(m.group(1)));
		String named = replace(PAIR, plain, (m) -> field(m.group(1), locale) + ": " + value(m.group(2), locale));
		String worded = replace(WORD, named,
				(m) -> this.messages.getMessage("details.word." + m.group(1), null, m.group(1), locale));
		String coded = replace(CODE, worded, (m) -> code(m.group(), locale));
		return coded.replace("->", "→");
	}

	/** The components of a record as key=value, without the empty ones. */
	private static String pairs(String components) {
		StringBuilder out = new StringBuilder();
		for (String part : components.split(", ")) {
			int eq = part.indexOf('=');
			if (eq <= 0) {
				continue;
			}
			String value = part.substring(eq + 1).replaceAll("[\\[\\]]", "");
			if (value.isEmpty() || value.equals("null") || value.equals("false")) {
				continue;
			}
			out.append((out.length() > 0) ? ", " : "").append(part, 0, eq).append('=').append(value.replace(' ', '_'));
		}
		return out.toString();
	}

	private String field(String key, Locale locale) {
		return this.messages.getMessage("details.field." + key, null, key, locale);
	}

	private String value(String value, Locale locale) {
		if (value.equals("true") || value.equals("false")) {
			return this.messages.getMessage(value.equals("true") ? "common.yes" : "common.no", null, locale);
		}
		if (CODE.matcher(value).matches()) {
			return code(value, locale);
		}
		return value.replace('_', ' ');
	}

	private String code(String code, Locale locale) {
		for (String prefix : CODE_PREFIXES) {
			String known = this.messages.getMessage(prefix + code, null, null, locale);
			if (known != null) {
				return known;
			}
		}
		return this.names.orderedStream()
			.map((n) -> n.name(code, locale))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(code);
	}

	private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
		Matcher m = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
		}
		m.appendTail(out);
		return out.toString();
	}

}
