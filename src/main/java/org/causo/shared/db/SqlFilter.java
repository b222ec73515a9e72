package org.causo.shared.db;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causo.shared.PageOf;
import org.causo.shared.Scope;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A WHERE clause and its named parameters, built condition by condition: the one way the
 * stores build a query from optional filters. Conditions are SQL written in the code;
 * values only ever travel as parameters.
 */
public final class SqlFilter {

	private final StringBuilder sql = new StringBuilder(" where true");

	private final Map<String, Object> params = new HashMap<>();

	/** Rows under the scope: {@code pathColumn like any(:scope)}. */
	public static SqlFilter inScope(Scope scope, String pathColumn) {
		return new SqlFilter().and(pathColumn + " like any(:scope)", "scope", scope.pathPatterns());
	}

	/** No condition yet. */
	public static SqlFilter all() {
		return new SqlFilter();
	}

	public SqlFilter and(String condition) {
		this.sql.append(" and (").append(condition).append(')');
		return this;
	}

	public SqlFilter and(String condition, String name, Object value) {
		this.params.put(name, value);
		return and(condition);
	}

	/** The condition only when the value is given (not null, not blank). */
	public SqlFilter andIf(Object value, String condition, String name) {
		if (value == null || (value instanceof CharSequence text && text.toString().isBlank())) {
			return this;
		}
		return and(condition, name, value);
	}

	/** The condition only when the flag is set (a check box, a tab). */
	public SqlFilter andIf(boolean when, String condition) {
		return when ? and(condition) : this;
	}

	/** A parameter the caller's SQL uses outside the WHERE clause (a limit, a cursor). */
	public SqlFilter param(String name, Object value) {
		this.params.put(name, value);
		return this;
	}

	/** {@code " where true and (…) and (…)"}, to append after a FROM clause. */
	public String sql() {
		return this.sql.toString();
	}

	public Map<String, Object> params() {
		return Map.copyOf(this.params);
	}

	/**
	 * One page of rows and the count of all: {@code select count(*) from} + {@code from}
	 * + this clause, then {@code select columns from} + {@code from} + this clause +
	 * {@code order by orderBy limit offset}.
	 */
	public <T> PageOf<T> page(JdbcClient jdbc, String columns, String from, String orderBy, PageOf.Request page,
			RowMapper<T> mapper) {
		return pageCounting(jdbc, from, "select " + columns + " from " + from, orderBy, page, mapper);
	}

	/**
	 * One page of rows and the count of all, where the rows join more than the count
	 * needs: {@code select count(*) from} + {@code countFrom} + this clause, then
	 * {@code selectFrom} + this clause + {@code order by orderBy limit offset}.
	 */
	public <T> PageOf<T> pageCounting(JdbcClient jdbc, String countFrom, String selectFrom, String orderBy,
			PageOf.Request page, RowMapper<T> mapper) {
		long total = query(jdbc, "select count(*) from " + countFrom, null).query(Long.class).single();
		List<T> items = query(jdbc, selectFrom, "order by " + orderBy + " limit :limit offset :offset")
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(mapper)
			.list();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	/**
	 * The statement {@code select … from …} + this clause + {@code rest}, parameters
	 * bound.
	 */
	public JdbcClient.StatementSpec query(JdbcClient jdbc, String selectFrom, String rest) {
		return jdbc.sql(selectFrom + sql() + ((rest == null) ? "" : " " + rest)).params(this.params);
	}

}
