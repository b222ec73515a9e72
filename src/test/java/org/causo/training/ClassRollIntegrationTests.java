package org.causo.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enrolment and attendance are separate (users' review, journey 5, UX 3): people are
 * enrolled, then marked present or absent, or taken off; capacity counts enrolments;
 * skills are marked only for those present, and for the ones ticked.
 */
class ClassRollIntegrationTests extends IntegrationTest {

	@Test
	void enrolThenMarkPresentOrAbsentAndSkillsGoOnlyToThosePresentAndTicked() {
		ApiClient api = api("kalang.officer");
		String hamlet = "Bản Hà Xe";
		long c = klass(api, hamlet, 3, LocalDate.now(this.clock).minusDays(1));
		String a = enrol(api, c, resident(api, hamlet, "An"));
		String b = enrol(api, c, resident(api, hamlet, "Bình"));
		String d = enrol(api, c, resident(api, hamlet, "Dung"));
		long late = resident(api, hamlet, "Lan");
		// capacity counts enrolments
		assertThat(api
			.post("/api/training/classes/" + c + "/attendances",
					Map.of("id", UUID.randomUUID().toString(), "residentId", late))
			.status()).isEqualTo(400);
		JsonNode listed = ok(api.get("/api/training/classes/" + c + "/attendances"), 200);
		assertThat(listed.get(0).get("attendance").get("present").isNull()).isTrue();

		String path = "/api/training/classes/" + c + "/attendances/";
		assertThat(ok(api.post(path + a + "/presence", Map.of("present", true)), 200).get("present").asBoolean())
			.isTrue();
		ok(api.post(path + b + "/presence", Map.of("present", false)), 200);
		assertThat(api.inLanguage("en").post(path + b + "/presence", Map.of()).json().get("detail").asString())
			.isEqualTo("Choose present or absent.");
		assertThat(api.post(path + UUID.randomUUID() + "/presence", Map.of("present", true)).status()).isEqualTo(404);

		// someone absent cannot be given skills
		assertThat(api
			.post("/api/training/classes/" + c + "/skills",
					Map.of("skills", List.of("VNEID_INSTALLED"), "attendanceIds", List.of(b)))
			.status()).isEqualTo(400);
		assertThat(ok(api.post("/api/training/classes/" + c + "/skills", Map.of("skills", List.of("VNEID_INSTALLED"))),
				200)
			.get("marked")
			.asInt()).isEqualTo(1);
		// fieldwork records the skill for the one present, not for the one absent
		assertThat(classSkills(api, resident(listed, a))).contains("VNEID_INSTALLED");
		assertThat(classSkills(api, resident(listed, b))).isEmpty();

		// taken off: the place is free again; someone with skills marked stays
		assertThat(api.post(path + d + "/remove", Map.of()).status()).isEqualTo(204);
		assertThat(api
			.post("/api/training/classes/" + c + "/attendances",
					Map.of("id", UUID.randomUUID().toString(), "residentId", late))
			.status()).isEqualTo(200);
		assertThat(api.post(path + a + "/remove", Map.of()).status()).isEqualTo(400);
		assertThat(api.post(path + a + "/presence", Map.of("present", false)).status()).isEqualTo(400);

		WebSession page = loggedIn("kalang.officer");
		String body = page.get("/classes/" + c).body();
		assertThat(body).contains("Có mặt").contains("Vắng").contains("Bỏ khỏi lớp");
		assertThat(body).contains("value=\"VNEID_LEVEL2\">").doesNotContain("value=\"VNEID_LEVEL2\" checked");
		WebSession.Page absent = page.post("/classes/" + c + "/attendances/" + a + "/present",
				Map.of("present", "false"));
		assertThat(absent.status()).isEqualTo(302);
		assertThat(page.follow(absent).body()).contains("không thể ghi vắng hay bỏ khỏi lớp");

		long future = klass(api, hamlet, 5, LocalDate.now(this.clock).plusDays(2));
		String early = enrol(api, future, resident(api, hamlet, "Sớm"));
		assertThat(api
			.post("/api/training/classes/" + future + "/attendances/" + early + "/presence", Map.of("present", true))
			.status()).isEqualTo(400);
		String search = page
			.get("/classes/" + future + "?q="
					+ java.net.URLEncoder.encode("Lò Thị Hoa " + this.tag, java.nio.charset.StandardCharsets.UTF_8))
			.body();
		assertThat(search).contains("Chưa điểm danh").contains(" · sinh 1990 · hộ TR-").contains(hamlet);
	}

	private final String tag = unique();

	private static long resident(JsonNode attendees, String attendanceId) {
		for (JsonNode a : attendees) {
			if (a.get("attendance").get("id").asString().equals(attendanceId)) {
				return a.get("attendance").get("residentId").asLong();
			}
		}
		throw new AssertionError(attendanceId);
	}

	/** The skills fieldwork records as reached at a class for the resident. */
	private static List<String> classSkills(ApiClient api, long resident) {
		List<String> codes = new java.util.ArrayList<>();
		ok(api.get("/api/fieldwork/residents/" + resident + "/skills"), 200).get("skills").forEach((s) -> {
			if (s.hasNonNull("reachedOn") && "CLASS".equals(s.get("method").asString())) {
				codes.add(s.get("skill").get("code").asString());
			}
		});
		return codes;
	}

	private long klass(ApiClient api, String hamlet, int capacity, LocalDate on) {
		return ok(api.post("/api/training/classes",
				Map.of("title", "Lớp VNeID " + unique(), "organiser", "POST", "hamletId", unitIdByName(hamlet),
						"startsAt", on + "T08:00:00", "capacity", capacity, "skills",
						List.of("VNEID_INSTALLED", "VNEID_LEVEL2"))),
				201)
			.get("id")
			.asLong();
	}

	private long resident(ApiClient api, String hamlet, String given) {
		long household = ok(
				api.post("/api/households", Map.of("code", "TR-" + unique(), "hamletId", unitIdByName(hamlet))), 201)
			.get("id")
			.asLong();
		return ok(api.post("/api/residents", Map.of("householdId", household, "fullName",
				"Lò Thị Hoa " + this.tag + " " + given, "sex", "FEMALE", "relation", "HEAD", "birthYear", 1990)), 201)
			.get("id")
			.asLong();
	}

	private static String enrol(ApiClient api, long c, long resident) {
		return ok(api.post("/api/training/classes/" + c + "/attendances",
				Map.of("id", UUID.randomUUID().toString(), "residentId", resident)), 200)
			.get("id")
			.asString();
	}

	private static JsonNode ok(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response.json();
	}

}
