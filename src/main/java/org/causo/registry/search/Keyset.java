package org.causo.registry.search;

import java.util.List;
import java.util.function.Function;

import org.causo.registry.Chunk;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a registry list is paged by key, fast at any depth over millions of rows: count up
 * to {@link Chunk#COUNT_LIMIT}, find the page's ids after the cursor, then read those
 * rows.
 *
 * @param from the table and its alias, e.g. {@code household h}
 * @param alias the alias, e.g. {@code h}
 * @param keyColumn the sort key, e.g. {@code h.code_key}
 */
public record Keyset(String from, String alias, String keyColumn) {

	/**
	 * One page of the rows matching {@code where}, read by {@code select} (a statement
	 * without WHERE clause, over the same alias).
	 */
	public <T> Chunk<T> page(JdbcClient jdbc, Where where, String after, int size, String select, RowMapper<T> mapper,
			Function<T, Where.Cursor> cursorOf) {
		long total = jdbc
			.sql("select count(*) from (select 1 from " + this.from + where.sql() + " limit " + (Chunk.COUNT_LIMIT + 1)
					+ ") x")
			.params(where.params())
			.query(Long.class)
			.single();
		String id = this.alias + ".id";
		where.after(after, this.keyColumn, id);
		Long[] ids = jdbc
			.sql(where.pageIds(this.from, this.alias, this.keyColumn, total <= Chunk.COUNT_LIMIT, size + 1))
			.params(where.params())
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
		List<T> rows = jdbc.sql(select + " where " + id + " = any(:ids) order by " + this.keyColumn + ", " + id)
			.param("ids", ids)
			.query(mapper)
			.list();
		String next = null;
		if (rows.size() > size) {
			rows = rows.subList(0, size);
			next = cursorOf.apply(rows.get(size - 1)).encode();
		}
		return new Chunk<>(rows, size, next, Math.min(total, Chunk.COUNT_LIMIT), total > Chunk.COUNT_LIMIT);
	}

}
