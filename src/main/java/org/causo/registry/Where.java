package org.causo.registry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

/** A WHERE clause and its parameters, built condition by condition. */
final class Where {

	private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9 .()-]{3,20}");

	private final StringBuilder sql = new StringBuilder(" where true");

	private final Map<String, Object> params = new HashMap<>();

	Where(Scope scope, String alias) {
		and(alias + ".unit_path like any(:scope)", "scope", scope.pathPatterns());
	}

	Where and(String condition) {
		this.sql.append(" and (").append(condition).append(')');
		return this;
	}

	Where and(String condition, String name, Object value) {
		this.params.put(name, value);
		return and(condition);
	}

	Where more(Iterable<Criterion> criteria) {
		for (Criterion criterion : criteria) {
			this.params.putAll(criterion.params());
			and(criterion.sql());
		}
		return this;
	}

	/** Keyset paging: rows after the cursor in {@code (key, id)} order. */
	Where after(String cursor, String keyColumn, String idColumn) {
		Cursor c = Cursor.decode(cursor);
		if (c != null) {
			this.params.put("afterKey", c.key());
			this.params.put("afterId", c.id());
			and("(" + keyColumn + ", " + idColumn + ") > (:afterKey, :afterId)");
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
	String pageIds(String from, String alias, String keyColumn, boolean few, int limit) {
		String matches = "select " + alias + ".id, " + keyColumn + " as k from " + from + sql();
		if (few) {
			// offset 0 keeps the planner from pulling the filter up into an ordered scan
			return "select id from (" + matches + " offset 0) p order by k, id limit " + limit;
		}
		return "select id from (" + matches + " order by " + keyColumn + ", " + alias + ".id limit " + limit
				+ ") p order by k, id";
	}

	String sql() {
		return this.sql.toString();
	}

	Map<String, Object> params() {
		return this.params;
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

	static String contains(String text) {
		return SearchKey.containsPattern(text);
	}

	/**
	 * The position of a row in a list: its sort key and id, opaque to clients.
	 *
	 * @param key sort key
	 * @param id row id
	 */
	record Cursor(String key, long id) {

		String encode() {
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
