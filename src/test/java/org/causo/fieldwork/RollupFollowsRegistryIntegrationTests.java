package org.causo.fieldwork;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skills roll-up per hamlet follows the registry: when a resident moves (to another
 * hamlet), is archived or restored, or a household is archived, restored or moved to
 * another hamlet, the roll-up stays equal to a recount from the registry's rows.
 */
class RollupFollowsRegistryIntegrationTests extends FieldworkTest {

	private static final List<String> HAMLETS = List.of("Bản Ka Lăng", "Bản Pa Thắng", "Bản Hà Xe");

	@Test
	void theRollupEqualsARecountAfterMovesArchivesAndRestores() {
		ApiClient officer = api("kalang.officer");
		long smartphone = skillId("SMARTPHONE");
		long zalo = skillId("ZALO");
		Family x = family("kalang.officer", "Bản Ka Lăng", "Sùng A Páo", "Sùng Thị Mỷ");
		Family y = family("kalang.officer", "Bản Pa Thắng", "Lý A Sài");
		for (long resident : List.of(x.resident(0), x.resident(1), y.resident(0))) {
			reached(resident, smartphone);
		}
		reached(x.resident(1), zalo);
		assertRollupIsARecount();
		Map<String, Long> before = rollup(x.hamletId(), zalo);

		// a resident moves to a household of another hamlet: their skills go with them
		json(officer.post("/api/residents/" + x.resident(1) + "/move",
				Map.of("householdId", y.householdId(), "relation", "OTHER_RELATIVE")), 200);
		assertThat(rollup(x.hamletId(), zalo).get("reached")).isEqualTo(before.get("reached") - 1);
		assertRollupIsARecount();

		// archived residents no longer count; restored ones count again
		json(officer.post("/api/residents/" + x.resident(0) + "/archive", Map.of()), 200);
		assertRollupIsARecount();
		json(officer.post("/api/residents/" + x.resident(0) + "/restore", Map.of()), 200);
		assertRollupIsARecount();

		// an archived household: none of its members counts, nor a skill reached
		// meanwhile
		json(officer.post("/api/households/" + y.householdId() + "/archive", Map.of()), 200);
		assertRollupIsARecount();
		reached(y.resident(0), zalo);
		assertRollupIsARecount();
		json(officer.post("/api/residents/" + x.resident(1) + "/archive", Map.of()), 200);
		json(officer.post("/api/households/" + y.householdId() + "/restore", Map.of()), 200);
		assertRollupIsARecount();
		json(officer.post("/api/residents/" + x.resident(1) + "/restore", Map.of()), 200);
		assertRollupIsARecount();

		// a household moved to another hamlet takes its members' skills along
		Map<String, Object> draft = new HashMap<>();
		draft.put("code", json(officer.get("/api/households/" + y.householdId()), 200).get("code").asString());
		draft.put("hamletId", unitIdByName("Bản Hà Xe"));
		json(officer.put("/api/households/" + y.householdId(), draft), 200);
		assertThat(this.jdbc.sql("select count(*) from resident_skill where resident_id = any(:r) and hamlet_id = :h")
			.param("r", new Long[] { x.resident(1), y.resident(0) })
			.param("h", unitIdByName("Bản Hà Xe"))
			.query(Long.class)
			.single()).isEqualTo(4);
		assertRollupIsARecount();
	}

	private void reached(long resident, long skill) {
		json(api("kalang.member").post("/api/fieldwork/skill-events/reached",
				reach(UUID.randomUUID(), resident, skill, java.time.LocalDate.now(this.clock).toString(), "OBSERVED")),
				200);
	}

	private Map<String, Long> rollup(long hamlet, long skill) {
		long reached = this.jdbc
			.sql("select coalesce(sum(reached), 0) from skill_hamlet_rollup where hamlet_id = :h and skill_id = :s")
			.param("h", hamlet)
			.param("s", skill)
			.query(Long.class)
			.single();
		return Map.of("reached", reached);
	}

	/**
	 * The roll-up of the test's hamlets against a recount from the registry's rows:
	 * residents not archived, in households not archived, by the household's hamlet.
	 */
	private void assertRollupIsARecount() {
		Long[] hamlets = HAMLETS.stream().map(this::unitIdByName).toArray(Long[]::new);
		List<Map<String, Object>> differences = this.jdbc.sql("""
				select coalesce(u.hamlet_id, c.hamlet_id) as hamlet, coalesce(u.skill_id, c.skill_id) as skill,
				       u.reached, c.n
				from (select * from skill_hamlet_rollup where hamlet_id = any(:hamlets)) u
				full join (select h.hamlet_id, s.skill_id, count(*) as n
				           from resident_skill s join resident r on r.id = s.resident_id
				           join household h on h.id = r.household_id
				           where not r.archived and not h.archived and h.hamlet_id = any(:hamlets)
				           group by h.hamlet_id, s.skill_id) c
				  on c.hamlet_id = u.hamlet_id and c.skill_id = u.skill_id
				where coalesce(u.reached, 0) <> coalesce(c.n, 0)
				""").param("hamlets", hamlets).query().listOfRows();
		assertThat(differences).isEmpty();
	}

}
