package org.causo.registry.residents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.causo.registry.ResidentPlace;
import org.causo.shared.Scope;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for where residents live and whether they count, as the change events tell it. */
@Component
public class ResidentPlaces {

	private static final String SELECT = """
			select r.id, r.household_id, h.hamlet_id, h.unit_path, not r.archived and not h.archived as active
			from resident r join household h on h.id = r.household_id
			""";

	private final JdbcClient jdbc;

	ResidentPlaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ResidentPlace> of(Scope scope, long residentId) {
		return SqlFilter.inScope(scope, "r.unit_path")
			.and("r.id = :id", "id", residentId)
			.query(this.jdbc, SELECT, null)
			.query(ResidentPlaces::map)
			.optional();
	}

	public ResidentPlace of(long residentId) {
		return of(Scope.all(), residentId).orElseThrow();
	}

	/** Every resident of the household, archived ones too. */
	public List<ResidentPlace> ofHousehold(long householdId) {
		return this.jdbc.sql(SELECT + " where r.household_id = :h order by r.id")
			.param("h", householdId)
			.query(ResidentPlaces::map)
			.list();
	}

	private static ResidentPlace map(ResultSet rs, int row) throws SQLException {
		return new ResidentPlace(rs.getLong("id"), rs.getLong("household_id"), rs.getLong("hamlet_id"),
				rs.getString("unit_path"), rs.getBoolean("active"));
	}

}
