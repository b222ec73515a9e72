package org.causo.fieldwork;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fieldwork tests make their own households and residents through the registry's API,
 * with unique codes, so they never depend on the demo's.
 */
public abstract class FieldworkTest extends IntegrationTest {

	/** A new household in the named hamlet, with residents of the given names. */
	protected Family family(String officer, String hamlet, String... names) {
		ApiClient api = api(officer);
		Map<String, Object> h = new HashMap<>();
		h.put("code", "FW-" + unique());
		h.put("hamletId", unitIdByName(hamlet));
		h.put("ethnicity", "MONG");
		long householdId = json(api.post("/api/households", h), 201).get("id").asLong();
		List<Long> residents = new java.util.ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			Map<String, Object> r = new HashMap<>();
			r.put("householdId", householdId);
			r.put("fullName", names[i]);
			r.put("sex", (i % 2 == 0) ? "MALE" : "FEMALE");
			r.put("birthYear", 1980 + i);
			r.put("relation", (i == 0) ? "HEAD" : "CHILD");
			residents.add(json(api.post("/api/residents", r), 201).get("id").asLong());
		}
		return new Family(householdId, residents, unitIdByName(hamlet));
	}

	/** A new team at the post, made by its officer; returns the team's JSON. */
	protected JsonNode team(String officer, String post) {
		return json(api(officer).post("/api/fieldwork/teams",
				Map.of("postId", postIdByName(post), "name", "Tổ " + unique())), 201);
	}

	/** Adds a volunteer and returns the new member's id. */
	protected long volunteer(String officer, long teamId, String name) {
		JsonNode team = json(api(officer).post("/api/fieldwork/teams/" + teamId + "/volunteers",
				Map.of("name", name, "affiliation", "Đoàn thanh niên")), 200);
		return memberId(team, name);
	}

	/** Adds an officer account and returns the new member's id. */
	protected long officerMember(String officer, long teamId, String username) {
		JsonNode team = json(api(officer).post("/api/fieldwork/teams/" + teamId + "/officers",
				Map.of("officerId", officerIdByUsername(username))), 200);
		for (JsonNode m : team.get("members")) {
			if (!m.get("officerId").isNull() && m.get("officerId").asLong() == officerIdByUsername(username)) {
				return m.get("id").asLong();
			}
		}
		throw new AssertionError(username + " not in " + team);
	}

	protected static long memberId(JsonNode team, String name) {
		for (JsonNode m : team.get("members")) {
			if (m.get("name").asString().equals(name)) {
				return m.get("id").asLong();
			}
		}
		throw new AssertionError(name + " not in " + team);
	}

	protected static Map<String, Object> assignment(UUID id, long household, long member) {
		Map<String, Object> body = new HashMap<>();
		body.put("id", id);
		body.put("householdId", household);
		body.put("memberId", member);
		return body;
	}

	protected long skillId(String code) {
		return this.jdbc.sql("select id from skill where code = :code").param("code", code).query(Long.class).single();
	}

	protected static Map<String, Object> reach(UUID id, long resident, long skill, String on, String method) {
		Map<String, Object> body = new HashMap<>();
		body.put("id", id);
		body.put("residentId", resident);
		body.put("skillId", skill);
		body.put("reachedOn", on);
		body.put("method", method);
		return body;
	}

	protected static Map<String, Object> revoke(UUID id, long resident, long skill, String reason) {
		Map<String, Object> body = new HashMap<>();
		body.put("id", id);
		body.put("residentId", resident);
		body.put("skillId", skill);
		body.put("reason", reason);
		return body;
	}

	protected static JsonNode json(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response.json();
	}

	protected long count(String sql, Object param) {
		return this.jdbc.sql(sql).param("p", param).query(Long.class).single();
	}

	/**
	 * A household made for a test.
	 *
	 * @param householdId its id
	 * @param residents its residents, head first
	 * @param hamletId its hamlet
	 */
	protected record Family(long householdId, List<Long> residents, long hamletId) {

		public long resident(int i) {
			return this.residents.get(i);
		}

	}

}
