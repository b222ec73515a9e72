package org.causo.fieldwork;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.registry.ResidentQuery;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.shared.Scope;
import org.causo.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skill catalogue, skills reached and revoked, replays, scope, roll-up and criterion.
 */
class SkillsIntegrationTests extends FieldworkTest {

	@Autowired
	Residents residents;

	@Autowired
	Skills skills;

	@Test
	void theSeededCatalogueHasStableCodesAndAdminsEditIt() {
		JsonNode seeded = json(api("kalang.member").get("/api/fieldwork/skills"), 200);
		List<String> codes = new java.util.ArrayList<>();
		seeded.forEach((s) -> codes.add(s.get("code").asString()));
		assertThat(codes).containsSubsequence("SMARTPHONE", "VNEID_INSTALLED", "VNEID_LEVEL2", "QR_PAYMENT",
				"PUBLIC_SERVICES", "HEALTH_INSURANCE", "ZALO", "SELL_ONLINE", "SCAM_AWARENESS");

		ApiClient admin = api("admin");
		String code = "FW_" + unique().toUpperCase();
		Map<String, Object> draft = new HashMap<>(Map.of("code", code.toLowerCase(), "nameVi", "Dùng bản đồ", "nameEn",
				"Using maps", "nameFr", "Utiliser les cartes"));
		JsonNode created = json(admin.post("/api/fieldwork/skills", draft), 201);
		assertThat(created.get("code").asString()).isEqualTo(code);
		long id = created.get("id").asLong();
		assertThat(json(admin.post("/api/fieldwork/skills", draft), 400).get("detail").asString())
			.isEqualTo("Mã kỹ năng " + code + " đã có.");

		JsonNode bad = json(
				admin.inLanguage("en")
					.post("/api/fieldwork/skills", Map.of("code", "a b", "nameVi", "x", "nameEn", " ", "nameFr", "y")),
				400);
		assertThat(bad.get("detail").asString()).contains("A skill code has 2–40 capital letters")
			.contains("Enter the skill's name in all three languages.");

		JsonNode renamed = json(admin.put("/api/fieldwork/skills/" + id,
				Map.of("code", "IGNORED", "nameVi", "Dùng bản đồ số", "nameEn", "Digital maps", "nameFr", "Cartes")),
				200);
		assertThat(renamed.get("code").asString()).isEqualTo(code);
		assertThat(renamed.get("nameEn").asString()).isEqualTo("Digital maps");

		JsonNode moved = json(admin.post("/api/fieldwork/skills/" + id + "/move?direction=up", Map.of()), 200);
		assertThat(moved.get(moved.size() - 2).get("id").asLong()).isEqualTo(id);

		json(admin.post("/api/fieldwork/skills/" + id + "/retire", Map.of()), 200);
		JsonNode active = json(admin.get("/api/fieldwork/skills"), 200);
		active.forEach((s) -> assertThat(s.get("id").asLong()).isNotEqualTo(id));
		assertThat(count("select count(*) from audit_event where target_type = 'skill' and target_id = :p",
				String.valueOf(id)))
			.isEqualTo(4);

		assertThat(api("kalang.commander").post("/api/fieldwork/skills", draft).status()).isEqualTo(403);
		assertThat(api("kalang.officer").put("/api/fieldwork/skills/" + id, draft).status()).isEqualTo(403);
	}

	@Test
	void aSkillReachedIsRevokedOnlyByAnOfficerWithAReasonAndBothStayInTheHistory() {
		Family f = family("kalang.officer", "Bản Ka Lăng", "Giàng A Sử", "Giàng Thị Mai");
		long zalo = skillId("ZALO");
		UUID reachId = UUID.randomUUID();
		JsonNode reached = json(api("kalang.member").post("/api/fieldwork/skill-events/reached",
				reach(reachId, f.resident(0), zalo, today(-3), "OBSERVED")), 200);
		assertThat(reached.get("recordedBy").asString()).isEqualTo("kalang.member");

		JsonNode skills = json(api("kalang.member").get("/api/fieldwork/residents/" + f.resident(0) + "/skills"), 200);
		assertThat(state(skills, zalo).get("reachedOn").asString()).isEqualTo(today(-3));
		assertThat(state(skills, zalo).get("method").asString()).isEqualTo("OBSERVED");

		UUID revokeId = UUID.randomUUID();
		assertThat(api("kalang.member")
			.post("/api/fieldwork/skill-events/revoked", revoke(revokeId, f.resident(0), zalo, "nhầm người"))
			.status()).isEqualTo(403);
		JsonNode noReason = json(api("kalang.officer").post("/api/fieldwork/skill-events/revoked",
				revoke(revokeId, f.resident(0), zalo, "  ")), 400);
		assertThat(noReason.get("detail").asString()).isEqualTo("Hãy ghi lý do thu hồi.");
		assertThat(json(api("kalang.officer").inLanguage("fr")
			.post("/api/fieldwork/skill-events/revoked", revoke(revokeId, f.resident(0), zalo, null)), 400)
			.get("detail")
			.asString()).isEqualTo("Indiquez la raison du retrait.");
		assertThat(json(api("kalang.officer").post("/api/fieldwork/skill-events/revoked",
				revoke(UUID.randomUUID(), f.resident(1), zalo, "chưa học")), 400)
			.get("detail")
			.asString()).isEqualTo("Người này chưa đạt kỹ năng đó.");

		json(api("kalang.officer").post("/api/fieldwork/skill-events/revoked",
				revoke(revokeId, f.resident(0), zalo, "Ghi nhầm người")), 200);
		skills = json(api("kalang.officer").get("/api/fieldwork/residents/" + f.resident(0) + "/skills"), 200);
		assertThat(state(skills, zalo).get("reachedOn").isNull()).isTrue();
		JsonNode history = skills.get("history");
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("kind").asString()).isEqualTo("REVOKED");
		assertThat(history.get(0).get("reason").asString()).isEqualTo("Ghi nhầm người");
		assertThat(history.get(1).get("kind").asString()).isEqualTo("REACHED");
		assertThat(count("select count(*) from audit_event where action in ('SKILL_REACHED', 'SKILL_REVOKED') "
				+ "and target_id = :p", String.valueOf(f.resident(0))))
			.isEqualTo(2);
	}

	@Test
	void skillsOnlyMoveForwardWhateverOrderTheEventsArriveIn() {
		Family f = family("kalang.officer", "Bản Pa Thắng", "Lò Văn Tư");
		long qr = skillId("QR_PAYMENT");
		ApiClient officer = api("kalang.officer");
		json(officer.post("/api/fieldwork/skill-events/reached",
				reach(UUID.randomUUID(), f.resident(0), qr, today(-10), "CLASS")), 200);
		json(officer.post("/api/fieldwork/skill-events/revoked",
				revoke(UUID.randomUUID(), f.resident(0), qr, "Chưa tự làm được")), 200);
		// a device syncs late a reach from before the revocation: the skill stays revoked
		json(officer.post("/api/fieldwork/skill-events/reached",
				reach(UUID.randomUUID(), f.resident(0), qr, today(-5), "OBSERVED")), 200);
		assertThat(reachedOn(f.resident(0), qr)).isNull();
		// reached again after the revocation: reached from that day
		json(officer.post("/api/fieldwork/skill-events/reached",
				reach(UUID.randomUUID(), f.resident(0), qr, today(0), "OBSERVED")), 200);
		json(officer.post("/api/fieldwork/skill-events/reached",
				reach(UUID.randomUUID(), f.resident(0), qr, today(0), "SELF_REPORTED")), 200);
		assertThat(reachedOn(f.resident(0), qr)).isEqualTo(today(0));
		assertThat(count("select count(*) from resident_skill where resident_id = :p", f.resident(0))).isEqualTo(1);
	}

	@Test
	void theSameIdWithTheSameContentIsANoOpAndWithOtherContentA409() {
		Family f = family("kalang.officer", "Bản Hà Xe", "Vàng A Chá", "Vàng Thị Dợ");
		long vneid = skillId("VNEID_INSTALLED");
		UUID id = UUID.randomUUID();
		Map<String, Object> body = reach(id, f.resident(0), vneid, today(-1), "OBSERVED");
		ApiClient member = api("kalang.member");
		JsonNode first = json(member.post("/api/fieldwork/skill-events/reached", body), 200);
		JsonNode again = json(member.post("/api/fieldwork/skill-events/reached", body), 200);
		assertThat(again.get("recordedAt").asString()).isEqualTo(first.get("recordedAt").asString());
		assertThat(count("select count(*) from skill_event where resident_id = :p", f.resident(0))).isEqualTo(1);

		JsonNode conflict = json(member.inLanguage("en")
			.post("/api/fieldwork/skill-events/reached", reach(id, f.resident(1), vneid, today(-1), "OBSERVED")), 409);
		assertThat(conflict.get("detail").asString())
			.isEqualTo("Event " + id + " was already sent with other content; nothing was overwritten.");
		assertThat(api("kalang.officer")
			.post("/api/fieldwork/skill-events/revoked", revoke(id, f.resident(0), vneid, "lý do"))
			.status()).isEqualTo(409);
		assertThat(count("select count(*) from skill_event where resident_id = :p", f.resident(1))).isZero();

		JsonNode badDate = json(member.post("/api/fieldwork/skill-events/reached",
				reach(UUID.randomUUID(), f.resident(1), vneid, today(5), null)), 400);
		assertThat(badDate.get("detail").asString()).contains("Ngày không được ở tương lai")
			.contains("Hãy chọn cách xác nhận.");
		assertThat(member.post("/api/fieldwork/skill-events/reached", reach(null, f.resident(1), vneid, today(0), "X"))
			.status()).isEqualTo(400);
	}

	@Test
	void anotherPostsResidentsDoNotExist() {
		Family f = family("kalang.officer", "Bản Ka Lăng", "Sùng A Lử");
		ApiClient huoiluong = api("huoiluong.member");
		assertThat(huoiluong
			.post("/api/fieldwork/skill-events/reached",
					reach(UUID.randomUUID(), f.resident(0), skillId("ZALO"), today(0), "OBSERVED"))
			.status()).isEqualTo(404);
		assertThat(huoiluong.get("/api/fieldwork/residents/" + f.resident(0) + "/skills").status()).isEqualTo(404);
		assertThat(huoiluong.get("/api/fieldwork/hamlets/" + f.hamletId() + "/skills").status()).isEqualTo(404);
		assertThat(api("analyst").get("/api/fieldwork/residents/" + f.resident(0) + "/skills").status()).isEqualTo(403);
	}

	@Test
	void theHamletRollUpMatchesARecount() {
		Family a = family("kalang.officer", "Bản Gò Cứ", "Hầu A Dế", "Hầu Thị Xa", "Hầu A Pao");
		long smartphone = skillId("SMARTPHONE");
		long scams = skillId("SCAM_AWARENESS");
		ApiClient officer = api("kalang.officer");
		for (long resident : a.residents()) {
			json(officer.post("/api/fieldwork/skill-events/reached",
					reach(UUID.randomUUID(), resident, smartphone, today(-2), "OBSERVED")), 200);
		}
		json(officer.post("/api/fieldwork/skill-events/reached",
				reach(UUID.randomUUID(), a.resident(0), scams, today(-2), "CLASS")), 200);
		json(officer.post("/api/fieldwork/skill-events/revoked",
				revoke(UUID.randomUUID(), a.resident(2), smartphone, "Máy của con, chưa tự dùng")), 200);

		JsonNode rollup = json(officer.get("/api/fieldwork/hamlets/" + a.hamletId() + "/skills"), 200);
		long recountSmartphone = this.jdbc.sql("""
				select count(*) from resident_skill where hamlet_id = :h and skill_id = :s and counted
				""").param("h", a.hamletId()).param("s", smartphone).query(Long.class).single();
		assertThat(rollup.get(String.valueOf(smartphone)).asLong()).isEqualTo(recountSmartphone)
			.isGreaterThanOrEqualTo(2);
		List<Map<String, Object>> differences = this.jdbc.sql("""
				select coalesce(u.hamlet_id, c.hamlet_id) as hamlet, coalesce(u.skill_id, c.skill_id) as skill
				from skill_hamlet_rollup u
				full join (select hamlet_id, skill_id, count(*) as n from resident_skill where counted
				           group by hamlet_id, skill_id) c
				  on c.hamlet_id = u.hamlet_id and c.skill_id = u.skill_id
				where coalesce(u.reached, 0) <> coalesce(c.n, 0)
				""").query().listOfRows();
		assertThat(differences).isEmpty();
	}

	@Test
	void theRegistrySearchFindsResidentsMissingASkill() {
		Family f = family("kalang.officer", "Bản Ka Lăng", "Chảo A Lình", "Chảo Thị Mẩy");
		long health = skillId("HEALTH_INSURANCE");
		json(api("kalang.member").post("/api/fieldwork/skill-events/reached",
				reach(UUID.randomUUID(), f.resident(1), health, today(0), "OBSERVED")), 200);
		ResidentQuery query = new ResidentQuery(null, null, null, f.householdId(), null, false, List.of())
			.and(this.skills.missing(health))
			.and(this.skills.missing(skillId("ZALO")));
		List<ResidentView> missing = this.residents.search(Scope.all(), query, null, 50).items();
		assertThat(missing).extracting(ResidentView::id).containsExactly(f.resident(0));
	}

	private String reachedOn(long resident, long skill) {
		JsonNode skills = json(api("kalang.officer").get("/api/fieldwork/residents/" + resident + "/skills"), 200);
		JsonNode on = state(skills, skill).get("reachedOn");
		return on.isNull() ? null : on.asString();
	}

	private static JsonNode state(JsonNode residentSkills, long skillId) {
		for (JsonNode s : residentSkills.get("skills")) {
			if (s.get("skill").get("id").asLong() == skillId) {
				return s;
			}
		}
		throw new AssertionError("no skill " + skillId);
	}

	private String today(int plusDays) {
		return LocalDate.now(this.clock).plusDays(plusDays).toString();
	}

}
