package org.causo.devices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.devices.DeviceFixtures.ok;
import static org.causo.devices.DeviceFixtures.survey;

/**
 * The priority list says why each household is on it, and households never surveyed are
 * not silently left out: they are a separate group, "to survey first", poor and policy
 * first (users' review, journey 5, defect 4), on the page, in the API and in the export.
 */
class DevicePriorityReasonsIntegrationTests extends org.causo.support.IntegrationTest {

	@Test
	void eachHouseholdShowsWhyAndTheUnsurveyedAreAGroupToSurveyFirst() {
		ApiClient api = api("kalang.officer");
		LocalDate today = LocalDate.now(this.clock);
		long hamlet = unitIdByName("Bản Lò Suối Tủng");
		String tag = "RS" + unique();
		long nearPoor = household(api, tag + "-a", hamlet, Map.of("nearPoor", true));
		long poor = household(api, tag + "-b", hamlet, Map.of("poor", true));
		long unsurveyedOther = household(api, tag + "-c", hamlet, Map.of());
		long unsurveyedPolicy = household(api, tag + "-d", hamlet, Map.of("policy", true));
		long unsurveyedNearPoor = household(api, tag + "-e", hamlet, Map.of("nearPoor", true));
		survey(api, nearPoor, today, 0, false);
		survey(api, poor, today, 0, true);
		long commune = unitIdByCode("COMMUNE", "03439");

		Map<Long, List<String>> listed = reasons(api, "/api/devices/priority?commune=" + commune, tag);
		assertThat(listed).containsOnlyKeys(poor, nearPoor);
		assertThat(listed.get(poor)).containsExactly("NO_SMARTPHONE", "POOR");
		assertThat(listed.get(nearPoor)).containsExactly("NO_SMARTPHONE", "NEAR_POOR", "NO_SIGNAL");

		Map<Long, List<String>> toSurvey = reasons(api, "/api/devices/priority/to-survey?commune=" + commune, tag);
		assertThat(new ArrayList<>(toSurvey.keySet())).containsExactly(unsurveyedPolicy, unsurveyedNearPoor,
				unsurveyedOther);
		assertThat(toSurvey.get(unsurveyedPolicy)).containsExactly("NOT_SURVEYED", "POLICY");
		assertThat(toSurvey.get(unsurveyedOther)).containsExactly("NOT_SURVEYED");

		String csv = api.get("/api/devices/priority/export?format=csv&commune=" + commune).body();
		assertThat(line(csv, tag + "-d")).contains("Cần khảo sát trước").contains("Chưa khảo sát, Hộ chính sách");
		assertThat(line(csv, tag + "-a")).contains("Danh sách ưu tiên")
			.contains("Chưa có điện thoại thông minh, Hộ cận nghèo, Không có sóng");

		WebSession page = loggedIn("kalang.officer");
		String body = page.get("/devices/priority?commune=" + commune, "en").body();
		assertThat(body).contains("id=\"to-survey\"")
			.containsPattern("To survey first \\(\\d+ households never surveyed\\)");
		assertThat(body).contains("No smartphone").contains("Not surveyed yet");
	}

	private static long household(ApiClient api, String code, long hamletId, Map<String, Object> flags) {
		Map<String, Object> h = new HashMap<>(flags);
		h.put("code", code);
		h.put("hamletId", hamletId);
		return ok(api.post("/api/households", h), 201).get("id").asLong();
	}

	/** This test's households on every page of a list, in order, with their reasons. */
	private static Map<Long, List<String>> reasons(ApiClient api, String path, String tag) {
		Map<Long, List<String>> out = new java.util.LinkedHashMap<>();
		for (int page = 0;; page++) {
			JsonNode json = ok(api.get(path + "&size=200&page=" + page), 200);
			for (JsonNode item : json.get("items")) {
				if (item.get("household").get("code").asString().startsWith(tag)) {
					List<String> reasons = new ArrayList<>();
					item.get("reasons").forEach((r) -> reasons.add(r.asString()));
					out.put(item.get("household").get("id").asLong(), reasons);
				}
			}
			if ((page + 1) * 200L >= json.get("total").asLong()) {
				return out;
			}
		}
	}

	private static String line(String csv, String code) {
		return csv.lines().filter((l) -> l.contains(code)).findFirst().orElseThrow(() -> new AssertionError(code));
	}

}
