package org.causo.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log: the database itself keeps it append-only, and admins filter it by
 * person, action and dates, on the page and in the API.
 */
class AuditIntegrationTests extends IntegrationTest {

	private ApiClient admin;

	private String actor;

	@BeforeEach
	void setUp() {
		this.admin = api("admin");
		this.actor = "kiemtra." + unique();
		record(this.actor, "TEST_OPENED", "2021-03-01T08:00:00+07:00", "đầu tháng ba");
		record(this.actor, "TEST_CHANGED", "2021-03-15T23:59:59+07:00", "giữa tháng ba");
		record(this.actor, "TEST_OPENED", "2021-03-16T00:00:00+07:00", "ngày mười sáu");
		record(this.actor, "TEST_CLOSED", "2021-04-01T00:30:00+07:00", "đầu tháng tư");
	}

	@Test
	void theDatabaseRefusesToUpdateAnAuditEvent() {
		long id = lastEventOf(this.actor);
		assertThatThrownBy(() -> this.jdbc.sql("update audit_event set details = 'đã sửa' where id = :id")
			.param("id", id)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("audit_event is append-only");
		assertThat(this.jdbc.sql("select details from audit_event where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("đầu tháng tư");
	}

	@Test
	void theDatabaseRefusesToDeleteAnAuditEvent() {
		long id = lastEventOf(this.actor);
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_event where id = :id").param("id", id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("audit_event is append-only");
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from audit_event where actor = :actor").param("actor", this.actor).update())
			.isInstanceOf(DataAccessException.class);
		assertThat(this.admin.get("/api/audit?actor=" + this.actor).json().get("total").asLong()).isEqualTo(4);
	}

	@Test
	void theDatabaseRefusesToTruncateTheAuditLog() {
		long before = countAll();
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_event").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("audit_event is append-only");
		assertThat(countAll()).isGreaterThanOrEqualTo(before);
	}

	@Test
	void theApiFiltersByActorActionAndDates() {
		assertThat(details("/api/audit?actor=" + this.actor)).containsExactly("đầu tháng tư", "ngày mười sáu",
				"giữa tháng ba", "đầu tháng ba");
		assertThat(details("/api/audit?actor=" + this.actor.toUpperCase())).hasSize(4);
		assertThat(details("/api/audit?actor=" + this.actor + "&action=TEST_OPENED")).containsExactly("ngày mười sáu",
				"đầu tháng ba");
		assertThat(details("/api/audit?actor=" + this.actor + "&from=2021-03-02&to=2021-03-31"))
			.containsExactly("ngày mười sáu", "giữa tháng ba");
		assertThat(details("/api/audit?actor=" + this.actor + "&from=2021-03-15&to=2021-03-15"))
			.containsExactly("giữa tháng ba");
		assertThat(details("/api/audit?actor=" + this.actor + "&from=2021-03-16")).containsExactly("đầu tháng tư",
				"ngày mười sáu");
		assertThat(details("/api/audit?actor=" + this.actor + "&to=2021-03-01")).containsExactly("đầu tháng ba");
		assertThat(details("/api/audit?actor=" + this.actor + "&action=TEST_OPENED&from=2021-03-10&to=2021-04-30"))
			.containsExactly("ngày mười sáu");
		assertThat(details("/api/audit?actor=nobody." + unique())).isEmpty();
	}

	@Test
	void thePageFiltersByActorActionAndDates() {
		WebSession web = loggedIn("admin");
		List<List<String>> rows = rows(web,
				"/admin/audit?actor=" + this.actor + "&action=TEST_OPENED&from=2021-03-01&to=2021-03-31");
		assertThat(rows).containsExactly(
				List.of("2021-03-16 00:00:00", this.actor, "TEST_OPENED", "Tài khoản cán bộ 7", "ngày mười sáu"),
				List.of("2021-03-01 08:00:00", this.actor, "TEST_OPENED", "Tài khoản cán bộ 7", "đầu tháng ba"));
		assertThat(rows(web, "/admin/audit?actor=" + this.actor + "&from=2021-04-01")).hasSize(1);
		assertThat(Jsoup.parse(web.get("/admin/audit?actor=" + this.actor).body())
			.select("#action option[value=TEST_CLOSED]")).hasSize(1);
		assertThat(web.get("/admin/audit?from=yesterday").status()).isEqualTo(400);
	}

	@Test
	void whatAnAdminDoesTodayIsInTheLogOfToday() {
		String code = "C" + unique();
		long laiChau = unitIdByCode("PROVINCE", "12");
		long id = this.admin
			.post("/api/units",
					Map.of("kind", "COMMUNE", "code", code, "name", "Xã Nhật Ký " + code, "parentId", laiChau))
			.json()
			.get("id")
			.asLong();
		OffsetDateTime when = this.jdbc
			.sql("select occurred_at from audit_event where action = 'UNIT_CREATED' and target_id = :id")
			.param("id", String.valueOf(id))
			.query(OffsetDateTime.class)
			.single();
		LocalDate day = when.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
		String filter = "/api/audit?actor=admin&action=UNIT_CREATED&size=200";
		assertThat(targets(filter + "&from=" + day + "&to=" + day)).contains(String.valueOf(id));
		assertThat(targets(filter + "&from=" + day.plusDays(1))).doesNotContain(String.valueOf(id));
		assertThat(targets(filter + "&to=" + day.minusDays(1))).doesNotContain(String.valueOf(id));
		assertThat(targets("/api/audit?actor=analyst&action=UNIT_CREATED&from=" + day))
			.doesNotContain(String.valueOf(id));
	}

	@Test
	void onlyAProvinceAdminReadsTheLog() {
		assertThat(api("analyst").get("/api/audit").status()).isEqualTo(403);
		assertThat(api("kalang.commander").get("/api/audit").status()).isEqualTo(403);
		assertThat(loggedIn("analyst").get("/admin/audit").status()).isEqualTo(403);
	}

	@Test
	void theApiClampsItsPageSize() {
		JsonNode page = this.admin.get("/api/audit?size=100000").json();
		assertThat(page.get("size").asInt()).isEqualTo(200);
		assertThat(this.admin.get("/api/audit?page=100000000&size=200").status()).isEqualTo(200);
	}

	private void record(String actor, String action, String at, String details) {
		this.jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, target_type, target_id, details)
				values (cast(:at as timestamptz), :actor, :action, 'officer', '7', :details)
				""").param("at", at).param("actor", actor).param("action", action).param("details", details).update();
	}

	private long lastEventOf(String actor) {
		return this.jdbc.sql("select max(id) from audit_event where actor = :actor")
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	private long countAll() {
		return this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

	private List<String> details(String path) {
		ApiClient.Response response = this.admin.get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<String> details = new ArrayList<>();
		response.json().get("items").forEach((e) -> details.add(e.get("details").asString()));
		return details;
	}

	private List<String> targets(String path) {
		List<String> targets = new ArrayList<>();
		this.admin.get(path).json().get("items").forEach((e) -> targets.add(e.get("targetId").asString()));
		return targets;
	}

	private static List<List<String>> rows(WebSession web, String path) {
		List<List<String>> rows = new ArrayList<>();
		for (Element tr : Jsoup.parse(web.get(path).body()).select("main table tbody tr")) {
			rows.add(tr.select("td").eachText());
		}
		return rows;
	}

}
