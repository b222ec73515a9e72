package org.causo.devices;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.devices.DeviceFixtures.device;
import static org.causo.devices.DeviceFixtures.donation;
import static org.causo.devices.DeviceFixtures.donor;
import static org.causo.devices.DeviceFixtures.handover;
import static org.causo.devices.DeviceFixtures.household;
import static org.causo.devices.DeviceFixtures.ok;
import static org.causo.devices.DeviceFixtures.resident;
import static org.causo.devices.DeviceFixtures.survey;

class DevicePriorityAndScopeIntegrationTests extends IntegrationTest {

	@Test
	void poorAndPolicyHouseholdsComeFirstThenThoseWithSignalAndThoseWithAPhoneOrNoSurveyAreLeftOut() {
		ApiClient api = api("kalang.officer");
		LocalDate today = LocalDate.now(this.clock);
		long hamlet = unitIdByName("Bản Lò Suối Tủng");
		String tag = "PR" + unique();
		long poorNoSignal = household(api, tag + "-a", hamlet, true);
		long otherSignal = household(api, tag + "-b", hamlet, false);
		long otherNoSignal = household(api, tag + "-c", hamlet, false);
		long poorSignal = household(api, tag + "-d", hamlet, true);
		long hasPhone = household(api, tag + "-e", hamlet, true);
		long neverSurveyed = household(api, tag + "-f", hamlet, true);
		long policy = ok(api.post("/api/households", Map.of("code", tag + "-g", "hamletId", hamlet, "policy", true)),
				201)
			.get("id")
			.asLong();
		survey(api, poorNoSignal, today, 0, false);
		survey(api, otherSignal, today, 0, true);
		survey(api, otherNoSignal, today, 0, false);
		survey(api, poorSignal, today, 0, true);
		survey(api, hasPhone, today, 1, true);
		survey(api, policy, today, 0, true);
		long commune = unitIdByCode("COMMUNE", "03439");
		List<Long> order = mine(api, commune, tag);
		assertThat(order).containsExactly(poorSignal, policy, poorNoSignal, otherSignal, otherNoSignal);
		assertThat(order).doesNotContain(hasPhone, neverSurveyed);

		long phone = device(api, donation(api, postIdByName("Ka Lăng"), donor(api, "Shop " + unique()), 1, 2_000_000,
				today.minusDays(3)));
		long head = resident(api, poorSignal, "Tẩn Thị Mây " + unique(), "HEAD");
		ok(api.post("/api/devices/handovers", handover(UUID.randomUUID(), phone, poorSignal, head, today)), 200);
		assertThat(mine(api, commune, tag)).containsExactly(policy, poorNoSignal, otherSignal, otherNoSignal);
		assertThat(api("huoiluong.officer").get("/api/devices/priority?commune=" + commune).status()).isEqualTo(404);
		assertThat(api.get("/api/devices/priority?commune=" + hamlet).status()).isEqualTo(404);
	}

	private static List<Long> mine(ApiClient api, long commune, String tag) {
		JsonNode page = ok(api.get("/api/devices/priority?commune=" + commune + "&size=200"), 200);
		return DeviceFixtures.ids(page.get("items"), "household.id")
			.stream()
			.filter((id) -> ok(api.get("/api/households/" + id), 200).get("code").asString().startsWith(tag))
			.toList();
	}

	@Test
	void totalsCountDonatedValueHandedOverAndInUsePerPostAndCommune() {
		ApiClient api = api("kalang.commander");
		LocalDate today = LocalDate.now(this.clock);
		long post = postIdByName("Ka Lăng");
		String period = "?post=" + post + "&from=" + today.minusDays(1) + "&to=" + today;
		JsonNode before = ok(api.get("/api/devices/totals" + period), 200);
		long donation = donation(api, post, donor(api, "VNPT " + unique()), 3, 4_200_000, today);
		long one = device(api, donation);
		long two = device(api, donation);
		long household = household(api, "TT-" + unique(), unitIdByName("Bản Ka Lăng"), true);
		long head = resident(api, household, "Lò Văn Pằn " + unique(), "HEAD");
		long other = household(api, "TT-" + unique(), unitIdByName("Bản Ka Lăng"), true);
		long otherHead = resident(api, other, "Lò Thị Khe " + unique(), "HEAD");
		UUID used = UUID.randomUUID();
		ok(api.post("/api/devices/handovers", handover(used, one, household, head, today)), 200);
		UUID unused = UUID.randomUUID();
		ok(api.post("/api/devices/handovers", handover(unused, two, other, otherHead, today)), 200);
		ok(api.post("/api/devices/handovers/" + used + "/follow-ups",
				Map.of("id", UUID.randomUUID().toString(), "visitedOn", today.toString(), "used", true)), 200);
		ok(api.post("/api/devices/handovers/" + unused + "/follow-ups",
				Map.of("id", UUID.randomUUID().toString(), "visitedOn", today.toString(), "used", false)), 200);
		JsonNode after = ok(api("analyst").get("/api/devices/totals" + period), 200);
		assertThat(delta(before, after, "donated")).isEqualTo(3);
		assertThat(delta(before, after, "valueVnd")).isEqualTo(4_200_000);
		assertThat(delta(before, after, "handedOver")).isEqualTo(2);
		assertThat(delta(before, after, "inUse")).isEqualTo(1);
		assertThat(after.get("byPost").get(0).get("name").asString()).isEqualTo("Ka Lăng");
		assertThat(after.get("byCommune").toString()).contains("Thu Lũm");
		assertThat(api.get("/api/devices/totals?from=" + today + "&to=" + today.minusDays(1)).status()).isEqualTo(400);
		assertThat(api("huoiluong.commander").get("/api/devices/totals?post=" + post).status()).isEqualTo(404);
		JsonNode theirs = ok(api("huoiluong.commander").get("/api/devices/totals"), 200);
		assertThat(theirs.get("byPost").toString()).doesNotContain("Ka Lăng");
	}

	private static long delta(JsonNode before, JsonNode after, String field) {
		return after.get("total").get(field).asLong() - before.get("total").get(field).asLong();
	}

	@Test
	void anotherPostsPhonesDonationsAndHandoversDoNotExist() {
		ApiClient kalang = api("kalang.officer");
		ApiClient huoiluong = api("huoiluong.officer");
		LocalDate today = LocalDate.now(this.clock);
		long post = postIdByName("Ka Lăng");
		long donation = donation(kalang, post, donor(kalang, "Đoàn TN " + unique()), 2, 0, today);
		long phone = device(kalang, donation);
		long household = household(kalang, "SC-" + unique(), unitIdByName("Bản Pa Thắng"), true);
		long head = resident(kalang, household, "Sần Thị Pây " + unique(), "HEAD");
		UUID id = UUID.randomUUID();
		Map<String, Object> body = handover(id, phone, household, head, today);
		ok(kalang.post("/api/devices/handovers", body), 200);
		assertThat(huoiluong.get("/api/devices/donations/" + donation).status()).isEqualTo(404);
		assertThat(huoiluong.get("/api/devices/devices/" + phone).status()).isEqualTo(404);
		assertThat(huoiluong.get("/api/devices/devices/" + phone + "/handovers").status()).isEqualTo(404);
		assertThat(huoiluong.get("/api/devices/handovers/" + id).status()).isEqualTo(404);
		assertThat(huoiluong.post("/api/devices/handovers", body).status()).isEqualTo(404);
		assertThat(huoiluong.post("/api/devices/devices/" + phone + "/status", Map.of("status", "LOST")).status())
			.isEqualTo(404);
		assertThat(huoiluong
			.post("/api/devices/devices",
					Map.of("donationId", donation, "identifierKind", "SERIAL", "identifier", "X-" + unique(),
							"condition", "NEW"))
			.status()).isEqualTo(404);
		assertThat(huoiluong.get("/api/devices/devices?size=200").body()).doesNotContain("\"id\":" + phone + ",");
		ApiClient.Response foreignPost = huoiluong.post("/api/devices/donations", Map.of("postId", post, "donorId",
				donor(kalang, "Cá nhân " + unique()), "donatedOn", today.toString(), "deviceCount", 1, "valueVnd", 0));
		assertThat(foreignPost.status()).isEqualTo(400);
		assertThat(api("admin").get("/api/devices/handovers/" + id).status()).isEqualTo(200);
	}

	@Test
	void analystsSeeFiguresOnlyAndSupportMembersRecordFieldFactsButNotStock() {
		assertThat(api("analyst").get("/api/devices/devices").status()).isEqualTo(403);
		assertThat(api("analyst").get("/api/devices/donors").status()).isEqualTo(403);
		assertThat(api("analyst").get("/api/devices/handovers").status()).isEqualTo(403);
		assertThat(api("analyst").get("/api/devices/totals").status()).isEqualTo(200);
		ApiClient member = api("kalang.member");
		assertThat(member.post("/api/devices/donors", Map.of("name", "X " + unique(), "kind", "UNIT")).status())
			.isEqualTo(403);
		assertThat(member.get("/api/devices/devices").status()).isEqualTo(200);
		assertThat(member.post("/api/devices/devices/1/status", Map.of("status", "LOST")).status()).isEqualTo(403);
	}

}
