package org.causo.fieldwork.skills;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.fieldwork.FieldworkTest;
import org.causo.shared.db.SqlFilter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo folds its 20,000 residents' skill events set-based, the product one event at a
 * time: both folds must give the same state per resident and skill and the same
 * per-hamlet roll-up, revocations and events recorded out of order included.
 */
class SkillFoldsAgreeIntegrationTests extends FieldworkTest {

	@Autowired
	SkillEventStore store;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theSetBasedFoldGivesTheSameStateAndRollUpAsTheFoldOfEachEvent() {
		Family a = family("kalang.officer", "Bản Ka Lăng", "Giàng A Páo", "Giàng Thị Dua", "Giàng A Tủa");
		Family b = family("kalang.officer", "Bản Ka Lăng", "Lò Văn Xiêm", "Lò Thị Ỏn");
		long zalo = skillId("ZALO");
		long phone = skillId("SMARTPHONE");
		long qr = skillId("QR_PAYMENT");
		// reached twice (the earlier day wins though it arrives later), revoked then
		// reached again, revoked for good, and plain reaches in two households
		reached(a.resident(0), zalo, -5);
		reached(a.resident(0), zalo, -9);
		reached(a.resident(0), phone, -8);
		reached(a.resident(1), phone, -7);
		revoked(a.resident(1), phone);
		reached(a.resident(1), phone, 0);
		reached(a.resident(2), qr, -4);
		revoked(a.resident(2), qr);
		reached(b.resident(0), zalo, -3);
		reached(b.resident(1), qr, -2);
		List<Long> ids = List.of(a.resident(0), a.resident(1), a.resident(2), b.resident(0), b.resident(1));

		List<Map<String, Object>> stateOneByOne = state(ids);
		List<Map<String, Object>> rollupOneByOne = rollup(a.hamletId());
		assertThat(stateOneByOne).hasSize(5);

		this.tx.executeWithoutResult((status) -> {
			forget(ids);
			this.store.foldAll(SqlFilter.all().and("e.resident_id = any(:ids)", "ids", ids.toArray(Long[]::new)));
		});

		assertThat(state(ids)).isEqualTo(stateOneByOne);
		assertThat(rollup(a.hamletId())).isEqualTo(rollupOneByOne);
	}

	private void reached(long resident, long skill, int days) {
		json(api("kalang.member").post("/api/fieldwork/skill-events/reached", reach(UUID.randomUUID(), resident, skill,
				LocalDate.now(this.clock).plusDays(days).toString(), "OBSERVED")), 200);
	}

	private void revoked(long resident, long skill) {
		json(api("kalang.officer").post("/api/fieldwork/skill-events/revoked",
				revoke(UUID.randomUUID(), resident, skill, "Chưa tự làm được")), 200);
	}

	/** The residents' state rows and their counts in the roll-up, taken back. */
	private void forget(List<Long> ids) {
		Long[] residents = ids.toArray(Long[]::new);
		this.jdbc.sql("""
				update skill_hamlet_rollup r set reached = r.reached - x.n
				from (select hamlet_id, skill_id, count(*) n from resident_skill
				      where resident_id = any(:ids) and counted group by hamlet_id, skill_id) x
				where r.hamlet_id = x.hamlet_id and r.skill_id = x.skill_id
				""").param("ids", residents).update();
		this.jdbc.sql("delete from resident_skill where resident_id = any(:ids)").param("ids", residents).update();
	}

	private List<Map<String, Object>> state(List<Long> ids) {
		return this.jdbc.sql("""
				select resident_id, skill_id, hamlet_id, unit_path, reached_on, method, event_id, counted
				from resident_skill where resident_id = any(:ids) order by resident_id, skill_id
				""").param("ids", ids.toArray(Long[]::new)).query().listOfRows();
	}

	private List<Map<String, Object>> rollup(long hamletId) {
		return this.jdbc.sql("select skill_id, reached from skill_hamlet_rollup where hamlet_id = :h order by skill_id")
			.param("h", hamletId)
			.query()
			.listOfRows();
	}

}
