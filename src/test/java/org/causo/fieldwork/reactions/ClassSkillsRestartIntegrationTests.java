package org.causo.fieldwork.reactions;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.causo.CausoApplication;
import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A class's skill marks become skills reached even when the reaction fails after the
 * marks are committed: the event publication stays incomplete, and the next start of a
 * node runs it. The failure is the database refusing the skills of one resident (a test
 * trigger), as when a node dies between the class's commit and its skills.
 */
class ClassSkillsRestartIntegrationTests extends IntegrationTest {

	private static final String LISTENER = "fieldwork.class-skills";

	/** As DeploymentIntegrationTests' second node: production's settings. */
	private static final String MASTER = "--causo.secrets.master="
			+ java.util.Base64.getEncoder().encodeToString(new byte[32]);

	@Autowired
	private DataSource dataSource;

	@Test
	void skillsOfAClassWhoseReactionFailedAreReachedAfterARestart() {
		ApiClient api = api("kalang.officer");
		LocalDate held = LocalDate.now(this.clock).minusDays(2);
		long classId = heldClass(api, held);
		long resident = presentAt(api, classId);
		String refusal = "test_refuse_skills_" + unique();
		this.jdbc.sql("""
				create function %1$s() returns trigger language plpgsql as $$
				begin raise exception 'test: the node died before the skills were recorded'; end $$;
				create trigger %1$s before insert on skill_event for each row
				when (new.resident_id = %2$d) execute function %1$s();
				""".formatted(refusal, resident)).update();
		try {
			assertThat(
					ok(api.post("/api/training/classes/" + classId + "/skills", Map.of()), 200).get("marked").asInt())
				.as("the class's marks are committed")
				.isEqualTo(1);
			assertThat(reachedAtTheClass(resident)).isEmpty();
			assertThat(publicationStatus(classId)).as("incomplete").isEqualTo("FAILED");
		}
		finally {
			this.jdbc.sql("drop trigger %1$s on skill_event; drop function %1$s()".formatted(refusal)).update();
		}
		try (ConfigurableApplicationContext restarted = restart()) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(reachedAtTheClass(resident))
					.containsExactlyInAnyOrder("VNEID_INSTALLED CLASS " + held, "VNEID_LEVEL2 CLASS " + held));
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(publicationStatus(classId)).as("archived").isNull());
		assertThat(this.jdbc.sql("""
				select status from event_publication_archive
				where listener_id = :listener and (serialized_event::jsonb ->> 'classId')::bigint = :classId
				""").param("listener", LISTENER).param("classId", classId).query(String.class).single())
			.isEqualTo("COMPLETED");
	}

	/**
	 * The officer who marks a class sees the skills reached on the next page: the
	 * reaction runs in the request, right after the commit, and so is recorded by the
	 * officer.
	 */
	@Test
	void skillsOfAClassAreReachedWithinTheOfficersRequest() {
		ApiClient api = api("kalang.officer");
		LocalDate held = LocalDate.now(this.clock).minusDays(1);
		long classId = heldClass(api, held);
		long resident = presentAt(api, classId);
		ok(api.post("/api/training/classes/" + classId + "/skills", Map.of()), 200);
		assertThat(reachedAtTheClass(resident)).containsExactlyInAnyOrder("VNEID_INSTALLED CLASS " + held,
				"VNEID_LEVEL2 CLASS " + held);
		assertThat(this.jdbc.sql("select distinct recorded_by from skill_event where resident_id = :r")
			.param("r", resident)
			.query(String.class)
			.list()).containsExactly("kalang.officer");
	}

	/** A new node on the suite's database, as after a restart. */
	private ConfigurableApplicationContext restart() {
		HikariDataSource db = (HikariDataSource) this.dataSource;
		return new SpringApplicationBuilder(CausoApplication.class).run("--server.port=0", MASTER,
				"--causo.public-url=https://causo.example", "--spring.datasource.url=" + db.getJdbcUrl(),
				"--spring.datasource.username=postgres", "--spring.datasource.password=" + db.getPassword(),
				"--causo.data-dir=" + DATA_DIR.resolve("restarted"));
	}

	private long heldClass(ApiClient api, LocalDate on) {
		return ok(api.post("/api/training/classes",
				Map.of("title", "Cài đặt VNeID " + unique(), "organiser", "TELECOM", "organiserName", "Viettel",
						"hamletId", unitIdByName("Bản Hà Xe"), "startsAt", on + "T08:00:00", "capacity", 10, "skills",
						List.of("VNEID_INSTALLED", "VNEID_LEVEL2"))),
				201)
			.get("id")
			.asLong();
	}

	/** A new resident of the class's hamlet, enrolled and marked present. */
	private long presentAt(ApiClient api, long classId) {
		long household = ok(
				api.post("/api/households", Map.of("code", "EV-" + unique(), "hamletId", unitIdByName("Bản Hà Xe"))),
				201)
			.get("id")
			.asLong();
		long resident = ok(api.post("/api/residents", Map.of("householdId", household, "fullName",
				"Lò Văn Piệng " + unique(), "sex", "MALE", "relation", "HEAD")), 201)
			.get("id")
			.asLong();
		String attendance = ok(api.post("/api/training/classes/" + classId + "/attendances",
				Map.of("id", UUID.randomUUID().toString(), "residentId", resident)), 200)
			.get("id")
			.asString();
		ok(api.post("/api/training/classes/" + classId + "/attendances/" + attendance + "/presence",
				Map.of("present", true)), 200);
		return resident;
	}

	/** The resident's skills reached, as "code method day". */
	private List<String> reachedAtTheClass(long resident) {
		return this.jdbc
			.sql("""
					select s.code || ' ' || e.method || ' ' || e.occurred_on from skill_event e join skill s on s.id = e.skill_id
					where e.resident_id = :r and e.kind = 'REACHED'
					""")
			.param("r", resident)
			.query(String.class)
			.list();
	}

	/** The status of the class's publication still in the live table, or null. */
	private String publicationStatus(long classId) {
		return this.jdbc.sql("""
				select status from event_publication
				where listener_id = :listener and (serialized_event::jsonb ->> 'classId')::bigint = :classId
				""").param("listener", LISTENER).param("classId", classId).query(String.class).optional().orElse(null);
	}

	private static JsonNode ok(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response.json();
	}

}
