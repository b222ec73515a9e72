package org.causo.training;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.causo.support.ApiClient;
import org.causo.support.Downloads;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads of the class list and a class's attendance: within scope, localized, escaped,
 * audited.
 */
class TrainingExportIntegrationTests extends IntegrationTest {

	private long classId;

	private String title;

	private String attendee;

	@BeforeEach
	void aClassWithAnAttendee() {
		ApiClient api = api("kalang.officer");
		this.title = "@SUM(A1) Lớp " + unique();
		this.classId = ok(api.post("/api/training/classes",
				Map.of("title", this.title, "organiser", "TELECOM", "organiserName", "Viettel", "hamletId",
						unitIdByName("Bản Ka Lăng"), "startsAt", LocalDate.now(this.clock).minusDays(1) + "T08:00:00",
						"capacity", 20, "skills", List.of("VNEID_INSTALLED", "VNEID_LEVEL2"))),
				201);
		long household = ok(
				api.post("/api/households", Map.of("code", "TX-" + unique(), "hamletId", unitIdByName("Bản Ka Lăng"))),
				201);
		this.attendee = "Lò Thị Xuất " + unique();
		long resident = ok(api.post("/api/residents",
				Map.of("householdId", household, "fullName", this.attendee, "sex", "FEMALE", "relation", "HEAD")), 201);
		ApiClient.Response enrolled = api.post("/api/training/classes/" + this.classId + "/attendances",
				Map.of("id", UUID.randomUUID().toString(), "residentId", resident));
		assertThat(enrolled.status()).isEqualTo(200);
		assertThat(api
			.post("/api/training/classes/" + this.classId + "/attendances/" + enrolled.json().get("id").asString()
					+ "/presence", Map.of("present", true))
			.status()).isEqualTo(200);
		assertThat(api.post("/api/training/classes/" + this.classId + "/skills", Map.of()).status()).isEqualTo(200);
	}

	@Test
	void theClassListDownloadsLocalizedWithTitlesNeverRunAsFormulas() {
		WebSession member = loggedIn("kalang.member");
		assertThat(member.get("/classes").body()).contains("/classes/export?format=xlsx");
		List<CSVRecord> rows = Downloads.csv(member.getBytes("/classes/export?format=csv"));
		assertThat(rows.get(0).toList()).containsExactly("Tên lớp", "Đơn vị tổ chức", "Đơn vị phối hợp",
				"Địa điểm (bản)", "Xã", "Ngày giờ học", "Số chỗ", "Lượt tham dự", "Kỹ năng của lớp");
		CSVRecord row = rows.stream()
			.filter((r) -> r.get(0).equals("'" + this.title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no escaped " + this.title));
		assertThat(row.toList()).containsExactly("'" + this.title, "Doanh nghiệp viễn thông", "Viettel", "Bản Ka Lăng",
				"Xã Thu Lũm", LocalDate.now(this.clock).minusDays(1) + " 08:00", "20", "1",
				"Cài đặt VNeID, Kích hoạt VNeID mức 2");
		assertThat(audit("kalang.member", "classes")).isEqualTo("CSV, rows: " + (rows.size() - 1));
	}

	@Test
	void theAttendanceComesAsAWorkbookThroughTheApi() {
		var response = Downloads.api(baseUrl(), this.demo.get("kalang.commander").apiToken(),
				"/api/training/classes/" + this.classId + "/attendances/export", Downloads.XLSX, "en");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(Downloads.XLSX);
		List<List<String>> rows = Downloads.xlsx(response.body());
		assertThat(rows.get(0)).containsExactly("Full name", "Household code", "Walk-in", "Present", "Skills marked");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(0)).isEqualTo(this.attendee);
		assertThat(rows.get(1).get(1)).startsWith("TX-");
		assertThat(rows.get(1).get(2)).isEqualTo("No");
		assertThat(rows.get(1).get(3)).isEqualTo("Present");
		assertThat(rows.get(1).get(4)).contains(", ");
		assertThat(this.jdbc
			.sql("select details from audit_event where actor = 'kalang.commander' and action = 'TRAINING_EXPORTED' "
					+ "and target_type = 'class_attendances' and target_id = :id")
			.param("id", Long.toString(this.classId))
			.query(String.class)
			.single()).isEqualTo("XLSX, rows: 1");
	}

	@Test
	void anotherPostSeesNoneOfItAndABadFormatIsRefusedInTheUsersLanguage() {
		WebSession other = loggedIn("huoiluong.officer");
		assertThat(new String(other.getBytes("/classes/export?format=csv"), StandardCharsets.UTF_8))
			.doesNotContain(this.title);
		assertThat(other.get("/classes/" + this.classId + "/attendances/export?format=csv").status()).isEqualTo(404);
		assertThat(Downloads
			.api(baseUrl(), this.demo.get("huoiluong.officer").apiToken(),
					"/api/training/classes/" + this.classId + "/attendances/export", "text/csv", "vi")
			.statusCode()).isEqualTo(404);
		var bad = Downloads.api(baseUrl(), this.demo.get("kalang.officer").apiToken(),
				"/api/training/classes/export?format=docx", "application/json", "vi");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("csv hoặc xlsx");
	}

	private String audit(String actor, String list) {
		return this.jdbc
			.sql("select details from audit_event where actor = :a and action = 'TRAINING_EXPORTED' "
					+ "and target_type = :t order by id desc limit 1")
			.param("a", actor)
			.param("t", list)
			.query(String.class)
			.single();
	}

	private static long ok(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return (status == 201) ? response.json().get("id").asLong() : 0;
	}

}
