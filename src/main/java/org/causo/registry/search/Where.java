package org.causo.registry.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

import org.causo.registry.Criterion;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;
import org.causo.shared.db.SqlFilter;

/**
 * The WHERE clause of a registry list: the shared {@link SqlFilter} on the scope's unit
 * paths, the conditions other modules add, and keyset paging after a cursor.
 */
public final class Where {

	private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9 .()-]{3,20}");

	private final SqlFilter filter;

	public Where(Scope scope, String alias) {
		this.filter = SqlFilter.inScope(scope, alias + ".unit_path");
	}

	public Where and(String condition) {
		this.filter.and(condition);
		return this;
	}

	public Where and(String condition, String name, Object value) {
		this.filter.and(condition, name, value);
		return this;
	}

	/** The condition only when the value is given (not null, not blank). */
	public Where andIf(Object value, String condition, String name) {
		this.filter.andIf(value, condition, name);
		return this;
	}

	/** The condition only when the flag is set. */
	public Where andIf(boolean when, String condition) {
		this.filter.andIf(when, condition);
		return this;
	}

	/** The conditions of other modules, their parameters bound as they named them. */
	public Where more(Iterable<Criterion> criteria) {
		for (Criterion criterion : criteria) {
			criterion.params().forEach(this.filter::param);
			this.filter.and(criterion.sql());
		}
		return this;
	}

	/** Keyset paging: rows after the cursor in {@code (key, id)} order. */
	public Where after(String cursor, String keyColumn, String idColumn) {
		Cursor c = Cursor.decode(cursor);
		if (c != null) {
			this.filter.param("afterKey", c.key()).param("afterId", c.id());
			this.filter.and("(" + keyColumn + ", " + idColumn + ") > (:afterKey, :afterId)");
		}
		return this;
	}

	/**
	 * The ids of one page in {@code (key, id)} order. When the matches are known to be
	 * few (the capped count came back exact), they are found first and then sorted, so a
	 * selective filter (another post's scope, a rare ethnicity) does not walk the whole
	 * key index looking for rows that are not there; when they are many, the key index
	 * finds a page at once.
	 */
	public String pageIds(String from, String alias, String keyColumn, boolean few, int limit) {
		String matches = "select " + alias + ".id, " + keyColumn + " as k from " + from + sql();
		if (few) {
			// offset 0 keeps the planner from pulling the filter up into an ordered scan
			return "select id from (" + matches + " offset 0) p order by k, id limit " + limit;
		}
		return "select id from (" + matches + " order by " + keyColumn + ", " + alias + ".id limit " + limit
				+ ") p order by k, id";
	}

	public String sql() {
		return this.filter.sql();
	}

	public Map<String, Object> params() {
		return this.filter.params();
	}

	/**
	 * The list's search box on one column: a phone number as digits, else text folded as
	 * the column is. Nothing for a blank box.
	 */
	public Where text(String text, String phoneCondition, String textCondition) {
		if (text == null || text.isBlank()) {
			return this;
		}
		String digits = phoneDigits(text);
		return (digits != null) ? and(phoneCondition, "phone", "%" + digits + "%")
				: and(textCondition, "text", SearchKey.containsPattern(text));
	}

	/** Digits of a phone number as typed ("+84 912 345 678" → "0912345678"), or null. */
	static String phoneDigits(String text) {
		if (text == null || !PHONE_LIKE.matcher(text.strip()).matches()) {
			return null;
		}
		String digits = text.replaceAll("[^0-9]", "");
		if (text.strip().startsWith("+84") && digits.startsWith("84")) {
			digits = "0" + digits.substring(2);
		}
		return digits.isEmpty() ? null : digits;
	}

	/**
	 * The position of a row in a list: its sort key and id, opaque to clients.
	 *
	 * @param key sort key
	 * @param id row id
	 */
	public record Cursor(String key, long id) {

		public String encode() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((this.key + "\n" + this.id).getBytes(StandardCharsets.UTF_8));
		}

		/**
		 * A cursor from a request, or null for the first page (also when it is garbled).
		 */
		static Cursor decode(String text) {
			if (text == null || text.isBlank() || text.length() > 400) {
				return null;
			}
			try {
				String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
				int nl = plain.lastIndexOf('\n');
				return (nl < 0) ? null : new Cursor(plain.substring(0, nl), Long.parseLong(plain.substring(nl + 1)));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}
