package org.causo.registry;

import java.util.Map;

/**
 * An extra condition another module adds to a registry search (for example fieldwork's
 * "skills missing"), as SQL over the alias {@code h} (household) or {@code r} (resident,
 * which has {@code r.id} and {@code r.household_id}). The SQL is the calling module's own
 * code, typically {@code r.id in (select resident_id from its_own_table where …)}; name
 * its parameters with the module as prefix so that they never clash.
 *
 * @param sql a boolean SQL expression
 * @param params its named parameters
 * @param label what the condition means, for the audit trail of an export (null: the SQL)
 */
public record Criterion(String sql, Map<String, Object> params, String label) {

	public Criterion {
		params = Map.copyOf(params);
	}

	public Criterion(String sql, Map<String, Object> params) {
		this(sql, params, null);
	}

	@Override
	public String toString() {
		return (this.label != null) ? this.label : this.sql + " " + this.params;
	}

}
