package org.causo.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.registry.RegistryFixtures.createHousehold;
import static org.causo.registry.RegistryFixtures.createResident;
import static org.causo.registry.RegistryFixtures.household;
import static org.causo.registry.RegistryFixtures.resident;

/**
 * Exports of the household and resident lists: within scope, with the filters, CSV with a
 * byte-order mark, XLSX readable, no national ID, roles, audit.
 */
class RegistryExportIntegrationTests extends IntegrationTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private String marker;

	@BeforeEach
	void households() {
		this.marker = "Xuất" + unique();
		long kaLang = unitIdByName("Bản Ka Lăng");
		Map<String, Object> poor = household("EX-P" + unique(), kaLang);
		poor.put("poor", true);
		long poorId = createHousehold(api("kalang.officer"), poor);
		Map<String, Object> head = resident(poorId, "Giàng A " + this.marker, "HEAD");
		head.put("nationalId", "012080123456");
		head.put("phone", "0912000111");
		createResident(api("kalang.officer"), head);
		long otherId = createHousehold(api("kalang.officer"), household("EX-N" + unique(), kaLang));
		createResident(api("kalang.officer"), resident(otherId, "Sùng Thị " + this.marker, "HEAD"));
		long huoiLuong = createHousehold(api("huoiluong.officer"),
				household("EX-H" + unique(), unitIdByName("Bản Huổi Luông")));
		createResident(api("huoiluong.officer"), resident(huoiLuong, "Vàng A " + this.marker, "HEAD"));
	}

	@Test
	void theHouseholdCsvHasABomLocalizedHeadersAndOnlyTheFilteredRowsOfTheScope() throws IOException {
		WebSession officer = loggedIn("kalang.officer");
		String text = new String(officer.getBytes("/households/export?format=csv&poor=true&q=" + this.marker),
				StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFMã hộ,Xã,Bản,");
		List<CSVRecord> rows = csv(text);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(0)).startsWith("EX-P");
		assertThat(rows.get(1).get(6)).isEqualTo("Giàng A " + this.marker);
		assertThat(rows.get(1).get(7)).isEqualTo("0912000111");
		assertThat(rows.get(1).get(10)).isEqualTo("Có");
		// without filters: every row is of Ka Lăng's commune, none of Huổi Luông's
		List<CSVRecord> all = csv(
				new String(officer.getBytes("/households/export?format=csv"), StandardCharsets.UTF_8));
		assertThat(all.size()).isGreaterThan(3);
		assertThat(all.subList(1, all.size())).allSatisfy((r) -> assertThat(r.get(1)).isEqualTo("Xã Thu Lũm"));
		assertThat(all.stream().map((r) -> r.get(0))).noneMatch((c) -> c.startsWith("EX-H"));
		assertThat(audit("kalang.officer", "household")).contains("CSV, rows: 1").contains("poor=true");
	}

	@Test
	void theResidentXlsxOpensWithTheFiltersAndNeverANationalId() throws Exception {
		HttpResponse<byte[]> response = apiGet("kalang.commander", "/api/residents/export?q=" + this.marker, XLSX);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(XLSX);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("residents-");
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
			List<Row> rows = book.getFirstSheet().read();
			assertThat(rows).hasSize(3);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Họ và tên");
			assertThat(rows.stream().skip(1).map((r) -> r.getCellText(0))).containsExactly("Giàng A " + this.marker,
					"Sùng Thị " + this.marker);
			assertThat(rows.get(1).getCellText(2)).isEqualTo("1980");
			for (Row row : rows) {
				for (int c = 0; c < row.getCellCount(); c++) {
					assertThat(row.getCellText(c)).doesNotContain("456").doesNotContain("•");
				}
			}
		}
		HttpResponse<byte[]> csv = apiGet("kalang.commander", "/api/residents/export?format=csv&q=" + this.marker,
				"application/json");
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF")
			.doesNotContain("Vàng A " + this.marker);
		assertThat(audit("kalang.commander", "resident")).contains("XLSX, rows: 2");
	}

	@Test
	void supportMembersAndAnalystsAreRefusedAndABadFormatIs400() throws Exception {
		assertThat(loggedIn("kalang.member").get("/households/export?format=csv").status()).isEqualTo(403);
		assertThat(loggedIn("kalang.member").get("/residents/export?format=xlsx").status()).isEqualTo(403);
		assertThat(apiGet("analyst", "/api/households/export", "text/csv").statusCode()).isEqualTo(403);
		assertThat(apiGet("kalang.member", "/api/residents/export", "text/csv").statusCode()).isEqualTo(403);
		assertThat(apiGet("kalang.officer", "/api/households/export?format=pdf", "text/csv").statusCode())
			.isEqualTo(400);
	}

	private HttpResponse<byte[]> apiGet(String user, String path, String accept) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.header("Authorization", "Bearer " + this.demo.get(user).apiToken())
				.header("Accept", accept)
				.header("Accept-Language", "vi")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private String audit(String actor, String list) {
		return this.jdbc
			.sql("select details from audit_event where actor = :a and action = 'REGISTRY_EXPORTED' "
					+ "and target_type = :t and details like :m order by id limit 1")
			.param("a", actor)
			.param("t", list)
			.param("m", "%" + this.marker + "%")
			.query(String.class)
			.single();
	}

	private static List<CSVRecord> csv(String text) throws IOException {
		return CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
	}

}
