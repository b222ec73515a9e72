package org.causo.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causo.support.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates households and residents through the API, as a client program would. */
public final class RegistryFixtures {

	private RegistryFixtures() {
	}

	public static Map<String, Object> household(String code, long hamletId) {
		Map<String, Object> h = new HashMap<>();
		h.put("code", code);
		h.put("hamletId", hamletId);
		h.put("address", "Cạnh suối");
		h.put("ethnicity", "MONG");
		h.put("mainLanguage", "MONG");
		return h;
	}

	public static Map<String, Object> resident(long householdId, String name, String relation) {
		Map<String, Object> r = new HashMap<>();
		r.put("householdId", householdId);
		r.put("fullName", name);
		r.put("sex", "MALE");
		r.put("birthYear", 1980);
		r.put("ethnicity", "MONG");
		r.put("languages", List.of("MONG", "VIETNAMESE"));
		r.put("readsVietnamese", "A_LITTLE");
		r.put("relation", relation);
		return r;
	}

	public static long createHousehold(ApiClient api, Map<String, Object> body) {
		ApiClient.Response response = api.post("/api/households", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	public static long createResident(ApiClient api, Map<String, Object> body) {
		ApiClient.Response response = api.post("/api/residents", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	public static JsonNode json(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response.json();
	}

}
