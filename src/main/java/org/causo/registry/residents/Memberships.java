package org.causo.registry.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.causo.registry.Membership;
import org.causo.registry.Relation;
import org.causo.registry.search.Enums;
import org.causo.shared.CurrentActor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for the households a resident belonged to: a move or an archive closes the current
 * membership, the next one opens recorded by the officer, so the history stays.
 */
@Component
public class Memberships {

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void open(long residentId, long householdId, Relation relation, LocalDate from) {
		this.jdbc.sql("""
				insert into resident_membership (resident_id, household_id, relation, from_date, recorded_by)
				values (:r, :h, :rel, :from, :by)
				""")
			.param("r", residentId)
			.param("h", householdId)
			.param("rel", relation.name())
			.param("from", from)
			.param("by", CurrentActor.username())
			.update();
	}

	/**
	 * Closes the current membership; returns the day it started, to check the move date.
	 */
	public Optional<LocalDate> currentSince(long residentId) {
		return this.jdbc.sql("select from_date from resident_membership where resident_id = :r and to_date is null")
			.param("r", residentId)
			.query(LocalDate.class)
			.optional();
	}

	public void close(long residentId, LocalDate to) {
		this.jdbc.sql("update resident_membership set to_date = :to where resident_id = :r and to_date is null")
			.param("r", residentId)
			.param("to", to)
			.update();
	}

	public List<Membership> of(long residentId) {
		return this.jdbc.sql("""
				select m.household_id, h.code, m.relation, m.from_date, m.to_date, m.recorded_by
				from resident_membership m join household h on h.id = m.household_id
				where m.resident_id = :r order by m.from_date desc, m.id desc
				""")
			.param("r", residentId)
			.query((rs, i) -> new Membership(rs.getLong(1), rs.getString(2), Enums.of(Relation.class, rs.getString(3)),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6)))
			.list();
	}

}
