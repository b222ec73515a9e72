package org.causo.devices;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.causo.devices.stock.Identifiers;
import org.causo.support.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Donors, donations, phones, households and surveys made through the API, as a client
 * would.
 */
final class DeviceFixtures {

	private DeviceFixtures() {
	}

	/** A random IMEI with a valid Luhn check digit. */
	static String imei() {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		for (int check = 0; check < 10; check++) {
			if (Identifiers.luhnValid(digits.toString() + check)) {
				return digits.toString() + check;
			}
		}
		throw new IllegalStateException();
	}

	static JsonNode ok(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response.json();
	}

	static long donor(ApiClient api, String name) {
		return ok(api.post("/api/devices/donors", Map.of("name", name, "kind", "ORGANISATION")), 201).get("id")
			.asLong();
	}

	static long donation(ApiClient api, long postId, long donorId, int count, long value, LocalDate on) {
		return ok(api.post("/api/devices/donations", Map.of("postId", postId, "donorId", donorId, "donatedOn",
				on.toString(), "deviceCount", count, "model", "Viettel Sumo 4G", "valueVnd", value)), 201)
			.get("id")
			.asLong();
	}

	static long device(ApiClient api, long donationId) {
		return ok(api.post("/api/devices/devices",
				Map.of("donationId", donationId, "identifierKind", "IMEI", "identifier", imei(), "condition", "NEW")),
				201)
			.get("id")
			.asLong();
	}

	static long household(ApiClient api, String code, long hamletId, boolean poor) {
		Map<String, Object> h = new HashMap<>();
		h.put("code", code);
		h.put("hamletId", hamletId);
		h.put("poor", poor);
		return ok(api.post("/api/households", h), 201).get("id").asLong();
	}

	static long resident(ApiClient api, long householdId, String name, String relation) {
		return ok(
				api.post("/api/residents",
						Map.of("householdId", householdId, "fullName", name, "sex", "FEMALE", "relation", relation)),
				201)
			.get("id")
			.asLong();
	}

	/** A survey counting the smartphones, with or without a Viettel signal at home. */
	static void survey(ApiClient api, long householdId, LocalDate on, int smartphones, boolean signal) {
		ok(api.post("/api/households/" + householdId + "/surveys",
				Map.of("id", UUID.randomUUID().toString(), "observedOn", on.toString(), "smartphones", smartphones,
						"signal", Map.of("VIETTEL", Map.of("network", signal ? "G4" : "NONE")))),
				200);
	}

	static Map<String, Object> handover(UUID id, long device, long household, long resident, LocalDate on) {
		Map<String, Object> body = new HashMap<>();
		body.put("id", id.toString());
		body.put("deviceId", device);
		body.put("householdId", household);
		body.put("residentId", resident);
		body.put("handedOn", on.toString());
		return body;
	}

	static List<Long> ids(JsonNode items, String path) {
		List<Long> ids = new java.util.ArrayList<>();
		for (JsonNode item : items) {
			JsonNode node = item;
			for (String part : path.split("\\.")) {
				node = node.get(part);
			}
			ids.add(node.asLong());
		}
		return ids;
	}

}
