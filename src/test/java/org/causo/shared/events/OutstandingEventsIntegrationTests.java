package org.causo.shared.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While the application runs, a failed module event runs again at the next retry, until
 * it has failed too often; completed events are deleted from the archive after a week.
 */
class OutstandingEventsIntegrationTests extends IntegrationTest {

	private static final String CLASS_SKILLS = "fieldwork.class-skills";

	@Autowired
	private OutstandingEvents outstanding;

	@Test
	void aFailedEventRunsAgainAtTheNextRetryUntilItFailedTooOften() {
		long first = newResident();
		long second = newResident();
		UUID retried = failed(first, 3);
		UUID givenUp = failed(second, 13);
		this.outstanding.retryFailed();
		// the scheduled retry may have taken it a moment before
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(skillsReached(first)).containsExactly("ZALO CLASS"));
		assertThat(status("event_publication", retried)).as("archived").isNull();
		assertThat(status("event_publication_archive", retried)).isEqualTo("COMPLETED");
		assertThat(skillsReached(second)).as("left for the next start").isEmpty();
		assertThat(status("event_publication", givenUp)).isEqualTo("FAILED");
		this.jdbc.sql("delete from event_publication where id = :id").param("id", givenUp).update();
	}

	@Test
	void completedEventsAreDeletedFromTheArchiveAfterAWeek() {
		Instant now = this.clock.instant();
		UUID old = archived(now.minus(Duration.ofDays(8)));
		UUID recent = archived(now.minus(Duration.ofDays(6)));
		this.outstanding.forgetCompleted();
		assertThat(status("event_publication_archive", old)).isNull();
		assertThat(status("event_publication_archive", recent)).isEqualTo("COMPLETED");
	}

	/** A publication of a class's skills for the resident whose listener failed. */
	private UUID failed(long resident, int attempts) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				    completion_attempts, last_resubmission_date)
				values (:id, :listener, 'org.causo.training.ClassSkillsReached', :event, :at, 'FAILED', :attempts, :at)
				""")
			.param("id", id)
			.param("listener", CLASS_SKILLS)
			.param("event",
					"""
							{"classId":%d,"postId":%d,"residentIds":[%d],"skillCodes":["ZALO"],"reachedOn":"%s"}
							""".formatted(Math.abs(id.getLeastSignificantBits() >> 1), postIdByName("Ka Lăng"),
							resident, LocalDate.now(this.clock).minusDays(1)))
			.param("at", Timestamp.from(this.clock.instant().minus(Duration.ofMinutes(20))))
			.param("attempts", attempts)
			.update();
		return id;
	}

	private UUID archived(Instant completed) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication_archive (id, listener_id, event_type, serialized_event, publication_date,
				    completion_date, status, completion_attempts)
				values (:id, :listener, 'org.causo.training.ClassSkillsReached', '{}', :at, :at, 'COMPLETED', 1)
				""").param("id", id).param("listener", CLASS_SKILLS).param("at", Timestamp.from(completed)).update();
		return id;
	}

	private String status(String table, UUID id) {
		return this.jdbc.sql("select status from " + table + " where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private List<String> skillsReached(long resident) {
		return this.jdbc.sql("""
				select s.code || ' ' || e.method from skill_event e join skill s on s.id = e.skill_id
				where e.resident_id = :r and e.kind = 'REACHED'
				""").param("r", resident).query(String.class).list();
	}

	private long newResident() {
		ApiClient api = api("kalang.officer");
		long household = api
			.post("/api/households", Map.of("code", "OE-" + unique(), "hamletId", unitIdByName("Bản Ka Lăng")))
			.json()
			.get("id")
			.asLong();
		return api
			.post("/api/residents", Map.of("householdId", household, "fullName", "Vàng Thị Dợ " + unique(), "sex",
					"FEMALE", "relation", "HEAD"))
			.json()
			.get("id")
			.asLong();
	}

}
