package org.causo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.CausoApplication;
import org.causo.support.ApiClient;
import org.causo.support.DemoAccounts;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application on a fresh embedded database and times the sync endpoint: a
 * batch of 1,000 queued field events of mixed kinds (assignments, visits with a skill
 * reached, skills reached, revocations), then the same batch replayed. Prints the figures
 * for BENCHMARKS.md; not a test. Run: {@code bench/run-sync.sh}.
 */
public final class SyncBatchBench {

	private static final int ROUNDS = 6;

	private SyncBatchBench() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("causo-sync-bench");
		try (ConfigurableApplicationContext app = SpringApplication.run(CausoApplication.class,
				"--causo.data-dir=" + data, "--server.port=0", "--logging.level.org.causo.request=WARN",
				"--spring.main.banner-mode=off")) {
			int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			ApiClient api = new ApiClient("http://localhost:" + port,
					DemoAccounts.read(data).get("kalang.officer").apiToken());
			long post = postId(api);
			JsonNode team = api.post("/api/fieldwork/teams", Map.of("postId", post, "name", "Tổ bench")).json();
			long teamId = team.get("id").asLong();
			long[] members = new long[2];
			for (int i = 0; i < 2; i++) {
				JsonNode t = api
					.post("/api/fieldwork/teams/" + teamId + "/volunteers", Map.of("name", "Tình nguyện " + i))
					.json();
				members[i] = t.get("members").get(i).get("id").asLong();
			}
			long hamlet = hamletId(api);
			List<Long> skills = new ArrayList<>();
			api.get("/api/fieldwork/skills").json().forEach((s) -> skills.add(s.get("id").asLong()));
			for (int round = 1; round <= ROUNDS; round++) {
				List<Map<String, Object>> events = batch(api, hamlet, members, skills, round);
				long start = System.nanoTime();
				ApiClient.Response first = api.post("/api/fieldwork/events", Map.of("events", events));
				double stored = (System.nanoTime() - start) / 1e6;
				start = System.nanoTime();
				ApiClient.Response again = api.post("/api/fieldwork/events", Map.of("events", events));
				double replayed = (System.nanoTime() - start) / 1e6;
				System.out.printf("round %d: %d events, first %s stored in %.0f ms; replay %s replayed in %.0f ms%n",
						round, events.size(), first.json().get("stored"), stored, again.json().get("replayed"),
						replayed);
			}
		}
	}

	/** 25 new households of 4 residents and 1,000 events about them. */
	private static List<Map<String, Object>> batch(ApiClient api, long hamlet, long[] members, List<Long> skills,
			int round) {
		String today = LocalDate.now().toString();
		List<Map<String, Object>> events = new ArrayList<>();
		for (int h = 0; h < 25; h++) {
			long household = api
				.post("/api/households", Map.of("code",
						"B" + round + "-" + h + "-" + UUID.randomUUID().toString().substring(0, 6), "hamletId", hamlet))
				.json()
				.get("id")
				.asLong();
			List<Long> residents = new ArrayList<>();
			for (int r = 0; r < 4; r++) {
				residents.add(api
					.post("/api/residents",
							Map.of("householdId", household, "fullName", "Người " + h + " " + r, "sex",
									(r % 2 == 0) ? "MALE" : "FEMALE", "relation", (r == 0) ? "HEAD" : "CHILD"))
					.json()
					.get("id")
					.asLong());
			}
			events.add(Map.of("kind", "ASSIGNMENT", "id", UUID.randomUUID(), "householdId", household, "memberId",
					members[h % 2]));
			Map<String, Object> visit = new HashMap<>(
					Map.of("kind", "VISIT", "id", UUID.randomUUID(), "householdId", household, "visitedOn", today,
							"memberIds", List.of(members[h % 2]), "taughtSkillIds", List.of(skills.get(0))));
			visit.put("reached",
					List.of(Map.of("id", UUID.randomUUID(), "residentId", residents.get(0), "skillId", skills.get(0))));
			events.add(visit);
			for (long resident : residents) {
				for (long skill : skills) {
					if (resident != residents.get(0) || skill != skills.get(0)) {
						events.add(Map.of("kind", "SKILL_REACHED", "id", UUID.randomUUID(), "residentId", resident,
								"skillId", skill, "reachedOn", today, "method", "OBSERVED"));
					}
				}
			}
			events.add(Map.of("kind", "SKILL_REVOKED", "id", UUID.randomUUID(), "residentId", residents.get(1),
					"skillId", skills.get(1), "reason", "Chưa tự làm được"));
		}
		while (events.size() < 1000) {
			events.add(events.get(events.size() % 900 + 2));
		}
		return events.subList(0, 1000);
	}

	private static long postId(ApiClient api) {
		for (JsonNode p : api.get("/api/posts").json().path("items")) {
			if (p.get("name").asString().equals("Ka Lăng")) {
				return p.get("id").asLong();
			}
		}
		throw new IllegalStateException("no Ka Lăng post");
	}

	private static long hamletId(ApiClient api) {
		for (JsonNode u : api.get("/api/units?kind=HAMLET&size=200").json().path("items")) {
			if (u.get("name").asString().equals("Bản Gò Cứ")) {
				return u.get("id").asLong();
			}
		}
		throw new IllegalStateException("no hamlet Bản Gò Cứ");
	}

}
