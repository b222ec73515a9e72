package org.causo.registry.demo;

import java.util.List;
import java.util.Map;

import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.UnitKind;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry demo: the configured number of households (400 in tests), valid, spread
 * over hamlets of border communes, the same for the same seed.
 */
class RegistryDemoIntegrationTests extends IntegrationTest {

	@Test
	void theConfiguredNumberOfHouseholdsIsLoadedWithValidData() {
		assertThat(count("select count(*) from household where demo")).isEqualTo(400);
		assertThat(count("select count(*) from resident where demo")).isBetween(1200L, 2800L);
		// every household has a head, who is one of its members, with relation HEAD
		assertThat(count("""
				select count(*) from household h where h.demo and not exists (select 1 from resident r
				    where r.id = h.head_resident_id and r.household_id = h.id and r.relation = 'HEAD')
				""")).isZero();
		assertThat(count("""
				select count(*) from household h where h.demo
				    and (select count(*) from resident r where r.household_id = h.id and r.relation = 'HEAD') <> 1
				""")).isZero();
		// codes unique per commune (the unique index holds it; the demo must not rely on
		// luck)
		assertThat(count("select count(*) from (select 1 from household group by commune_id, code_key "
				+ "having count(*) > 1) x"))
			.isZero();
		// hamlets are HAMLETs of communes that a border post covers, with the hamlet's
		// path
		assertThat(count("""
				select count(*) from household h left join org_unit u on u.id = h.hamlet_id
				where h.demo and (u.kind is distinct from 'HAMLET' or u.parent_id <> h.commune_id
				    or u.path <> h.unit_path or not exists (select 1 from border_post_commune c
				        where c.commune_id = u.parent_id))
				""")).isZero();
		assertThat(count("select count(*) from resident r join household h on h.id = r.household_id "
				+ "where r.demo and r.unit_path <> h.unit_path"))
			.isZero();
		assertThat(count("select count(distinct commune_id) from household where demo")).isEqualTo(11);
		// one current membership per resident; households of 1 to 9 people
		assertThat(count("select count(*) from resident r where r.demo and (select count(*) from "
				+ "resident_membership m where m.resident_id = r.id and m.to_date is null) <> 1"))
			.isZero();
		assertThat(count("select count(*) from (select 1 from resident where demo group by household_id "
				+ "having count(*) not between 1 and 9) x"))
			.isZero();
		assertThat(count("select count(*) from household_survey where demo")).isBetween(280L, 400L);
		assertThat(count("select count(*) from household where demo and poor and near_poor")).isZero();
	}

	@Test
	void theSameSeedGivesTheSamePeople() {
		List<OrgUnit> hamlets = List.of(
				new OrgUnit(1, UnitKind.HAMLET, null, "Bản Ka Lăng", 10L, "Thu Lũm", "/1/10/1/", true, false),
				new OrgUnit(2, UnitKind.HAMLET, null, "Bản Nậm Cha", 11L, "Mường Tè", "/1/11/2/", true, false));
		Map<Long, String> communes = Map.of(10L, "03439", 11L, "03445");
		assertThat(people(hamlets, communes)).isEqualTo(people(hamlets, communes));
	}

	private static List<String> people(List<OrgUnit> hamlets, Map<Long, String> communes) {
		DemoHouseholds generator = new DemoHouseholds(RegistryDemo.SEED);
		return generator.hamlets(hamlets, communes, 50)
			.stream()
			.flatMap((h) -> java.util.stream.IntStream.rangeClosed(1, h.count()[0])
				.mapToObj((i) -> generator.household(h, i)))
			.map((h) -> h.code() + ":" + h.people())
			.toList();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
