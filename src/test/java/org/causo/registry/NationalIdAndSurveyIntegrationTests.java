package org.causo.registry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.registry.RegistryFixtures.createHousehold;
import static org.causo.registry.RegistryFixtures.createResident;
import static org.causo.registry.RegistryFixtures.household;
import static org.causo.registry.RegistryFixtures.json;
import static org.causo.registry.RegistryFixtures.resident;

/** National IDs sealed, masked and revealed with an audit; survey answers as events. */
class NationalIdAndSurveyIntegrationTests extends IntegrationTest {

	@Test
	void theNationalIdIsSealedAtRestMaskedAndRevealedOnlyToThoseWhoNeedItWithAnAudit() {
		ApiClient officer = api("kalang.officer");
		long h = createHousehold(officer, household("KL-" + unique(), unitIdByName("Bản Ka Lăng")));
		Map<String, Object> body = resident(h, "Lò Văn Hùng", "HEAD");
		body.put("nationalId", "012 345 678 901");
		long r = createResident(officer, body);

		byte[] raw = this.jdbc.sql("select national_id_sealed from resident where id = :id")
			.param("id", r)
			.query(byte[].class)
			.single();
		assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("012345678901")
			.doesNotContain("678901");
		String rowText = this.jdbc.sql("select r::text from resident r where id = :id")
			.param("id", r)
			.query(String.class)
			.single();
		assertThat(rowText).doesNotContain("012345678901");

		assertThat(json(officer.get("/api/residents/" + r), 200).get("nationalIdMasked").asString())
			.isEqualTo("•••••••••901");
		assertThat(json(api("kalang.member").get("/api/residents/" + r), 200).get("nationalIdMasked").asString())
			.isEqualTo("•••••••••901");

		long before = reveals(r);
		assertThat(json(officer.post("/api/residents/" + r + "/national-id/reveal", Map.of()), 200).get("nationalId")
			.asString()).isEqualTo("012345678901");
		assertThat(json(api("kalang.commander").post("/api/residents/" + r + "/national-id/reveal", Map.of()), 200)
			.get("nationalId")
			.asString()).isEqualTo("012345678901");
		assertThat(reveals(r)).isEqualTo(before + 2);
		assertThat(api("kalang.member").post("/api/residents/" + r + "/national-id/reveal", Map.of()).status())
			.isEqualTo(403);
		assertThat(api("analyst").post("/api/residents/" + r + "/national-id/reveal", Map.of()).status())
			.isEqualTo(403);
		assertThat(api("huoiluong.commander").post("/api/residents/" + r + "/national-id/reveal", Map.of()).status())
			.isEqualTo(404);
		assertThat(reveals(r)).isEqualTo(before + 2);

		Map<String, Object> edit = resident(h, "Lò Văn Hùng", "HEAD");
		edit.put("nationalId", "");
		json(officer.put("/api/residents/" + r, edit), 200);
		assertThat(json(officer.post("/api/residents/" + r + "/national-id/reveal", Map.of()), 200).get("nationalId")
			.asString()).as("a blank national ID keeps the stored one").isEqualTo("012345678901");
		assertThat(this.jdbc.sql("select count(*) from audit_event where details like '%012345678901%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void surveyAnswersAreEventsReplayedWithoutEffectAndConflictingWith409() {
		ApiClient member = api("kalang.member");
		long h = createHousehold(api("kalang.officer"), household("KL-" + unique(), unitIdByName("Bản Pa Thắng")));
		long owner = createResident(api("kalang.officer"), resident(h, "Giàng A Chứ", "HEAD"));
		UUID id = UUID.randomUUID();
		Map<String, Object> answer = survey(id, LocalDate.now().minusDays(10), 0, 1);
		answer.put("featurePhoneOwners", List.of(owner));
		JsonNode first = json(member.post("/api/households/" + h + "/surveys", answer), 200);
		assertThat(first.get("answers").get("signal").get("VIETTEL").get("network").asString()).isEqualTo("G3");
		json(member.post("/api/households/" + h + "/surveys", answer), 200);
		assertThat(count(h)).isEqualTo(1);

		Map<String, Object> changed = survey(id, LocalDate.now().minusDays(10), 1, 1);
		ApiClient.Response conflict = member.inLanguage("en").post("/api/households/" + h + "/surveys", changed);
		assertThat(json(conflict, 409).get("detail").asString()).contains("already sent with other answers");
		assertThat(count(h)).isEqualTo(1);

		UUID later = UUID.randomUUID();
		json(member.post("/api/households/" + h + "/surveys", survey(later, LocalDate.now().minusDays(1), 2, 0)), 200);
		JsonNode history = json(member.get("/api/households/" + h + "/surveys"), 200);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("id").asString()).isEqualTo(later.toString());
		assertThat(history.get(0).get("answers").get("smartphones").asInt()).isEqualTo(2);
		assertThat(history.get(1).get("answers").get("featurePhoneOwners").get(0).asLong()).isEqualTo(owner);
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'SURVEY_RECORDED' and target_id = :h")
			.param("h", String.valueOf(h))
			.query(Long.class)
			.single()).isEqualTo(2);

		assertThat(api("huoiluong.member")
			.post("/api/households/" + h + "/surveys", survey(UUID.randomUUID(), LocalDate.now(), 0, 0))
			.status()).isEqualTo(404);
		Map<String, Object> bad = survey(UUID.randomUUID(), LocalDate.now().plusDays(3), 99, 0);
		bad.put("signal", Map.of("MOBIFONE", Map.of("network", "NONE", "bars", 3)));
		bad.put("smartphoneOwners", List.of(-5));
		JsonNode problem = json(member.post("/api/households/" + h + "/surveys", bad), 400);
		assertThat(problem.get("detail").asString()).contains("Ngày khảo sát không được ở tương lai")
			.contains("Số điện thoại phải từ 0 đến 50.")
			.contains("Không có sóng thì số vạch phải là 0.")
			.contains("Người sở hữu điện thoại phải là thành viên của hộ.");
		Map<String, Object> noId = survey(null, LocalDate.now(), 0, 0);
		assertThat(member.post("/api/households/" + h + "/surveys", noId).status()).isEqualTo(400);
	}

	private static Map<String, Object> survey(UUID id, LocalDate on, int smartphones, int featurePhones) {
		Map<String, Object> s = new HashMap<>();
		s.put("id", (id != null) ? id.toString() : null);
		s.put("observedOn", on.toString());
		s.put("smartphones", smartphones);
		s.put("featurePhones", featurePhones);
		s.put("signal",
				Map.of("VIETTEL", Map.of("network", "G3", "bars", 2), "VNPT", Map.of("network", "NONE", "bars", 0)));
		s.put("electricity", true);
		s.put("internet", false);
		s.put("canAffordPhone", false);
		s.put("mainObstacle", "COST");
		return s;
	}

	private long count(long householdId) {
		return this.jdbc.sql("select count(*) from household_survey where household_id = :h")
			.param("h", householdId)
			.query(Long.class)
			.single();
	}

	private long reveals(long residentId) {
		return this.jdbc
			.sql("select count(*) from audit_event where action = 'RESIDENT_NATIONAL_ID_REVEALED' and target_id = :r")
			.param("r", String.valueOf(residentId))
			.query(Long.class)
			.single();
	}

}
