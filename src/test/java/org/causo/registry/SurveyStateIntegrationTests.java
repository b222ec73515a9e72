package org.causo.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.causo.shared.Scope;
import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.registry.RegistryFixtures.createHousehold;
import static org.causo.registry.RegistryFixtures.household;
import static org.causo.registry.RegistryFixtures.json;

/**
 * A survey is a dated observation per question: a question not asked keeps its answer.
 */
class SurveyStateIntegrationTests extends IntegrationTest {

	@Autowired
	Surveys surveys;

	@Test
	void aQuickSurveyKeepsWhatTheFullSurveyKnewWithItsDayOnThePageTheApiAndThePriorityList() {
		ApiClient member = api("kalang.member");
		long h = createHousehold(api("kalang.officer"), household("KL-" + unique(), unitIdByName("Bản Pa Thắng")));
		long commune = this.jdbc.sql("select commune_id from household where id = :h")
			.param("h", h)
			.query(Long.class)
			.single();
		LocalDate full = LocalDate.now(this.clock).minusDays(30);
		LocalDate quick = LocalDate.now(this.clock).minusDays(2);
		json(member.post("/api/households/" + h + "/surveys", fullSurvey(full)), 200);
		Map<String, Object> phones = new HashMap<>();
		phones.put("id", UUID.randomUUID().toString());
		phones.put("observedOn", quick.toString());
		phones.put("smartphones", 1);
		json(member.post("/api/households/" + h + "/surveys", phones), 200);

		JsonNode now = json(member.get("/api/households/" + h + "/surveys/current"), 200);
		assertThat(now.get("answers").get("smartphones").asInt()).isEqualTo(1);
		assertThat(now.get("answers").get("featurePhones").asInt()).as("not asked: the earlier answer").isEqualTo(2);
		assertThat(now.get("answers").get("electricity").asBoolean()).isTrue();
		assertThat(now.get("answers").get("internet").asBoolean()).isFalse();
		assertThat(now.get("answers").get("signal").get("VIETTEL").get("network").asString()).isEqualTo("G4");
		assertThat(now.get("answers").get("mainObstacle").asString()).isEqualTo("NONE");
		assertThat(now.get("answeredOn").get("ELECTRICITY").asString()).isEqualTo(full.toString());
		assertThat(now.get("answeredOn").get("SMARTPHONES").asString()).isEqualTo(quick.toString());
		JsonNode history = json(member.get("/api/households/" + h + "/surveys"), 200);
		assertThat(history.get(0).get("answers").get("canAffordPhone").asBoolean()).isFalse();
		assertThat(history.get(0).get("answers").get("signal").get("VNPT").get("network").asString()).isEqualTo("NONE");
		assertThat(history.get(1).get("answers").get("smartphones").asInt()).isZero();

		String page = loggedIn("kalang.officer").get("/households/" + h).body();
		String latest = page.substring(page.indexOf("id=\"latest-survey\""));
		latest = latest.substring(0, latest.indexOf("</section>"));
		assertThat(latest.split("Không rõ", -1)).as("only MobiFone and Vietnamobile were never asked").hasSize(3);
		assertThat(latest).contains("4G")
			.contains("Không có")
			.contains("(trả lời ngày " + full.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")");

		SurveyView state = this.surveys.latestOfCommune(Scope.all(), commune).get(h);
		assertThat(state.answers().smartphones()).isEqualTo(1);
		assertThat(state.answers().electricity()).isTrue();
		assertThat(state.answers().signal()).containsKeys(Operator.VIETTEL, Operator.VNPT);
	}

	@Test
	void anUnknownMainObstacleReadsUnknownNotNone() {
		ApiClient member = api("kalang.member");
		long h = createHousehold(api("kalang.officer"), household("KL-" + unique(), unitIdByName("Bản Pa Thắng")));
		Map<String, Object> phones = new HashMap<>();
		phones.put("id", UUID.randomUUID().toString());
		phones.put("observedOn", LocalDate.now(this.clock).toString());
		phones.put("smartphones", 0);
		json(member.post("/api/households/" + h + "/surveys", phones), 200);
		String page = loggedIn("kalang.officer").get("/households/" + h).body();
		String latest = page.substring(page.indexOf("id=\"latest-survey\""));
		latest = latest.substring(0, latest.indexOf("</section>"));
		assertThat(latest).doesNotContain("Không có").contains("Không rõ");
	}

	private static Map<String, Object> fullSurvey(LocalDate on) {
		Map<String, Object> s = new HashMap<>();
		s.put("id", UUID.randomUUID().toString());
		s.put("observedOn", on.toString());
		s.put("smartphones", 0);
		s.put("featurePhones", 2);
		s.put("signal",
				Map.of("VIETTEL", Map.of("network", "G4", "bars", 3), "VNPT", Map.of("network", "NONE", "bars", 0)));
		s.put("electricity", true);
		s.put("internet", false);
		s.put("canAffordPhone", false);
		s.put("mainObstacle", "NONE");
		return s;
	}

}
