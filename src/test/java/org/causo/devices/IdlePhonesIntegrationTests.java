package org.causo.devices;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
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

/**
 * The phones handed over but not in use, to visit again (users' review, journey 5, UX 5):
 * the last follow-up found it unused, or nobody followed it up; a phone in use is not
 * listed. Page (linked from the totals), API with the commune filter, export.
 */
class IdlePhonesIntegrationTests extends IntegrationTest {

	@Test
	void phonesNotInUseAtTheLastFollowUpAreListedToVisitAgain() {
		ApiClient api = api("kalang.officer");
		LocalDate today = LocalDate.now(this.clock);
		long hamlet = unitIdByName("Bản Lò Suối Tủng");
		String tag = "IP" + unique();
		long donation = donation(api, postIdByName("Ka Lăng"), donor(api, "Shop " + unique()), 3, 6_000_000,
				today.minusDays(10));
		UUID unused = give(api, device(api, donation), household(api, tag + "-a", hamlet, true), today.minusDays(5));
		UUID used = give(api, device(api, donation), household(api, tag + "-b", hamlet, true), today.minusDays(5));
		UUID never = give(api, device(api, donation), household(api, tag + "-c", hamlet, false), today.minusDays(2));
		followUp(api, unused, today.minusDays(3), true);
		followUp(api, unused, today.minusDays(1), false);
		followUp(api, used, today.minusDays(1), true);

		long commune = unitIdByCode("COMMUNE", "03439");
		Map<String, String> listed = mine(api, "/api/devices/idle?commune=" + commune, tag);
		assertThat(listed).containsOnlyKeys(tag + "-a", tag + "-c");
		assertThat(listed.get(tag + "-a")).isEqualTo("NOT_USED");
		assertThat(listed.get(tag + "-c")).isEqualTo("NO_FOLLOW_UP");
		assertThat(mine(api, "/api/devices/idle?", tag)).containsOnlyKeys(tag + "-a", tag + "-c");
		assertThat(api("huoiluong.officer").get("/api/devices/idle?commune=" + commune).status()).isEqualTo(404);
		assertThat(mine(api("huoiluong.officer"), "/api/devices/idle?", tag)).isEmpty();
		assertThat(api("analyst").get("/api/devices/idle").status()).isEqualTo(403);
		assertThat(never).isNotNull();

		String csv = api.inLanguage("en").get("/api/devices/idle/export?format=csv&commune=" + commune).body();
		assertThat(csv).contains("Last follow-up,State").contains(tag + "-a").doesNotContain(tag + "-b");

		WebSession page = loggedIn("kalang.officer");
		assertThat(page.get("/devices").body()).contains("id=\"idle-link\"")
			.contains("/devices/idle?commune=" + commune);
		WebSession.Page idle = page.get("/devices/idle?commune=" + commune);
		assertThat(idle.status()).isEqualTo(200);
		assertThat(idle.body()).contains("Máy chưa được dùng, cần thăm lại").contains("Chưa dùng");
	}

	private UUID give(ApiClient api, long device, long household, LocalDate on) {
		UUID id = UUID.randomUUID();
		long head = resident(api, household, "Lò Thị " + unique(), "HEAD");
		ok(api.post("/api/devices/handovers", handover(id, device, household, head, on)), 200);
		return id;
	}

	private static void followUp(ApiClient api, UUID handover, LocalDate on, boolean used) {
		ok(api.post("/api/devices/handovers/" + handover + "/follow-ups",
				Map.of("id", UUID.randomUUID().toString(), "visitedOn", on.toString(), "used", used)), 200);
	}

	/**
	 * This test's households on every page of the list, with the state of their phone.
	 */
	private static Map<String, String> mine(ApiClient api, String path, String tag) {
		Map<String, String> out = new LinkedHashMap<>();
		for (int page = 0;; page++) {
			JsonNode json = ok(api.get(path + "&size=200&page=" + page), 200);
			for (JsonNode item : json.get("items")) {
				String code = item.get("householdCode").asString();
				if (code.startsWith(tag)) {
					out.put(code, item.get("state").asString());
				}
			}
			if ((page + 1) * 200L >= json.get("total").asLong()) {
				return out;
			}
		}
	}

}
