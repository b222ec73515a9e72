package org.causo.orgunit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.orgunit.UnitPageIntegrationTests.text;

/**
 * CSV import of units, through the page's file upload and the API: a dry run lists every
 * problem by line and column, and a file is saved whole or not at all.
 */
class UnitImportIntegrationTests extends IntegrationTest {

	private static final String HEADER = "kind,code,name,parent_code\n";

	private ApiClient admin;

	@BeforeEach
	void client() {
		this.admin = api("admin");
	}

	@Test
	void aDryRunListsEveryErrorByLineAndColumn() {
		String code = "C" + unique();
		String csv = HEADER + """
				village,,Bản Sai Cấp,03439
				hamlet,,Bản Mồ Côi,99999
				commune,%1$s,Xã Một %1$s,12
				commune,%1$s,Xã Hai %1$s,12
				commune,03439,Xã Trùng,12
				hamlet,,,03439
				province,99,Tỉnh Mới,
				hamlet,có dấu,Bản Mã Sai,03439
				""".formatted(code);
		long before = countUnits();
		ApiClient.Response response = this.admin.postCsv("/api/units/import?dryRun=true", utf8(csv));
		assertThat(response.status()).isEqualTo(400);
		assertThat(problems(response.json())).containsExactly("2 kind import.error.kind",
				"3 parent_code import.error.parent", "5 code import.error.duplicateInFile",
				"6 code unit.error.code.duplicate", "7 name unit.error.name.required",
				"8 kind unit.error.province.scope", "9 code unit.error.code.invalid");
		assertThat(response.json().get("committed").asBoolean()).isFalse();
		assertThat(countUnits()).isEqualTo(before);
	}

	@Test
	void theApiSaysWhatIsWrongInTheUsersLanguage() {
		String csv = HEADER + "village,,Bản Sai Cấp,03439\nhamlet,,Bản Mồ Côi,99999\n";
		JsonNode vi = this.admin.postCsv("/api/units/import?dryRun=true", utf8(csv)).json();
		assertThat(vi.get("errors").get(0).get("message").asString())
			.isEqualTo("Cấp \"village\" không hợp lệ: dùng province, commune hoặc hamlet.");
		JsonNode en = this.admin.inLanguage("en").postCsv("/api/units/import?dryRun=true", utf8(csv)).json();
		assertThat(en.get("errors").get(0).get("message").asString())
			.isEqualTo("Level \"village\" is not valid: use province, commune or hamlet.");
		assertThat(en.get("errors").get(1).get("message").asString())
			.isEqualTo("No unit above with code 99999 inside your scope.");
	}

	@Test
	void aFileWithoutTheHeaderIsRefusedOnLineOne() {
		ApiClient.Response response = this.admin.inLanguage("en")
			.postCsv("/api/units/import?dryRun=true", utf8("hamlet,,Bản Không Tiêu Đề,03439\n"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(problems(response.json())).containsExactly("1 - import.error.header");
		assertThat(response.json().get("errors").get(0).get("message").asString())
			.isEqualTo("The header line must have the columns: kind,code,name,parent_code.");
		assertThat(problems(this.admin.postCsv("/api/units/import?dryRun=true", new byte[0]).json()))
			.containsExactly("1 - import.error.header");
	}

	@Test
	void aFileThatIsNotUtf8GetsAClearEncodingError() {
		ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
		latin1.writeBytes(utf8(HEADER));
		latin1.writeBytes("hamlet,,Bản Lạ,03439\n".getBytes(StandardCharsets.ISO_8859_1));
		latin1.writeBytes("hamlet,,B\u00e1n,03439\n".getBytes(StandardCharsets.ISO_8859_1));
		long before = countUnits();
		ApiClient.Response response = this.admin.postCsv("/api/units/import", latin1.toByteArray());
		assertThat(response.status()).isEqualTo(400);
		assertThat(problems(response.json())).containsExactly("0 - import.error.encoding");
		assertThat(response.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Tệp không phải UTF-8. Hãy lưu lại tệp với mã hoá UTF-8.");
		assertThat(countUnits()).isEqualTo(before);
	}

	@Test
	void aByteOrderMarkAndWindowsLineEndsAreAccepted() {
		String name = "Bản BOM " + unique();
		String csv = "\uFEFF" + (HEADER + "hamlet,,%s,03439\n".formatted(name)).replace("\n", "\r\n");
		long before = countUnits();
		ApiClient.Response response = this.admin.postCsv("/api/units/import", utf8(csv));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("committed").asBoolean()).isTrue();
		assertThat(countUnits()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("select count(*) from org_unit where name = :name")
			.param("name", name)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aValidFileCommitsEveryRowAndRowsMayUseAParentFromAnEarlierLine() {
		String code = "C" + unique();
		String csv = HEADER + """
				commune,%1$s,Xã Nhập %1$s,12
				hamlet,H1,Bản Một %1$s,%1$s
				bản,H2,Bản Hai %1$s,%1$s
				hamlet,,Bản Ba %1$s,03439
				""".formatted(code);
		long before = countUnits();
		ApiClient.Response dryRun = this.admin.postCsv("/api/units/import?dryRun=true", utf8(csv));
		assertThat(dryRun.status()).isEqualTo(200);
		assertThat(dryRun.json().get("rows").asInt()).isEqualTo(4);
		assertThat(dryRun.json().get("committed").asBoolean()).isFalse();
		assertThat(countUnits()).isEqualTo(before);

		ApiClient.Response saved = this.admin.postCsv("/api/units/import", utf8(csv));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("created").asInt()).isEqualTo(4);
		assertThat(countUnits()).isEqualTo(before + 4);
		JsonNode audit = this.admin.get("/api/audit?actor=admin&action=UNITS_IMPORTED&size=1").json();
		assertThat(audit.get("items").get(0).get("details").asString()).isEqualTo("rows=4");
		long commune = unitIdByCode("COMMUNE", code);
		JsonNode hamlets = this.admin.get("/api/units?parent=" + commune).json();
		assertThat(UnitApiIntegrationTests.names(hamlets)).containsExactlyInAnyOrder("Bản Một " + code,
				"Bản Hai " + code);
		assertThat(this.admin.get("/api/units?q=" + ScopeIntegrationTests.enc("Bản Ba " + code))
			.json()
			.get("items")
			.get(0)
			.get("parentName")
			.asString()).isEqualTo("Xã Thu Lũm");
	}

	@Test
	void aFileWhoseLastRowIsBadChangesNothing() {
		String code = "C" + unique();
		String csv = HEADER + """
				commune,%1$s,Xã Tất Cả %1$s,12
				hamlet,,Bản Một %1$s,%1$s
				hamlet,,Bản Hai %1$s,03439
				hamlet,,Bản Cuối,KHONGCO""".formatted(code);
		long before = countUnits();
		ApiClient.Response response = this.admin.postCsv("/api/units/import", utf8(csv));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("committed").asBoolean()).isFalse();
		assertThat(problems(response.json())).containsExactly("5 parent_code import.error.parent");
		assertThat(countUnits()).isEqualTo(before);
	}

	@Test
	void twoHamletsWithTheSameCodeUnderOneCommuneAreAnErrorNotAFailure() {
		String hamletCode = "H" + unique();
		String csv = HEADER + """
				hamlet,%1$s,Bản Trước %1$s,03439
				hamlet,%1$s,Bản Sau %1$s,03439
				""".formatted(hamletCode);
		long before = countUnits();
		ApiClient.Response response = this.admin.postCsv("/api/units/import", utf8(csv));
		assertThat(response.status()).isEqualTo(400);
		assertThat(problems(response.json())).containsExactly("3 code import.error.duplicateInFile");
		assertThat(countUnits()).isEqualTo(before);

		assertThat(this.admin
			.postCsv("/api/units/import", utf8(HEADER + "hamlet,%1$s,Bản %1$s,03439\n".formatted(hamletCode)))
			.status()).isEqualTo(200);
		ApiClient.Response again = this.admin.postCsv("/api/units/import",
				utf8(HEADER + "hamlet,%1$s,Bản Khác %1$s,03439\n".formatted(hamletCode)));
		assertThat(again.status()).isEqualTo(400);
		assertThat(problems(again.json())).containsExactly("2 code unit.error.code.duplicate");
		String otherCommune = HEADER + "hamlet,%1$s,Bản %1$s,03549\n".formatted(hamletCode);
		assertThat(this.admin.postCsv("/api/units/import?dryRun=true", utf8(otherCommune)).status()).isEqualTo(200);
	}

	@Test
	void theUploadPageDryRunShowsATableOfErrorsAndSavesNothing() {
		WebSession web = loggedIn("admin");
		web.get("/units/import");
		String csv = HEADER + "village,,Bản Sai,03439\nhamlet,,Bản Mồ Côi,99999\n";
		long before = countUnits();
		Page page = web.postFile("/units/import", Map.of("dryRun", "true"), "file", "don-vi.csv", utf8(csv));
		assertThat(page.status()).isEqualTo(400);
		List<String> rows = new ArrayList<>();
		for (Element row : Jsoup.parse(page.body()).select("main table tbody tr")) {
			rows.add(row.select("td").eachText().toString());
		}
		assertThat(rows).containsExactly("[2, kind, Cấp \"village\" không hợp lệ: dùng province, commune hoặc hamlet.]",
				"[3, parent_code, Không tìm thấy đơn vị cấp trên có mã 99999 trong phạm vi của bạn.]");
		assertThat(text(page, "main .form-errors p")).isEqualTo("Tìm thấy 2 lỗi. Không có gì được lưu.");
		assertThat(countUnits()).isEqualTo(before);
	}

	@Test
	void theUploadPageSavesAValidFileAndSpeaksEnglishWhenAsked() {
		WebSession web = loggedIn("admin");
		web.get("/units/import?lang=en");
		String code = "C" + unique();
		String csv = HEADER + "commune,%1$s,Xã Trang %1$s,12\nhamlet,,Bản Trang %1$s,%1$s\n".formatted(code);
		Page dryRun = web.postFile("/units/import", Map.of("dryRun", "true"), "file", "units.csv", utf8(csv));
		assertThat(dryRun.status()).isEqualTo(200);
		assertThat(text(dryRun, "main section .notice")).startsWith("The file is valid: 2 rows.");
		long before = countUnits();
		Page saved = web.postFile("/units/import", Map.of(), "file", "units.csv", utf8(csv));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(text(saved, "main section .notice")).isEqualTo("Imported 2 units.");
		assertThat(countUnits()).isEqualTo(before + 2);
		Page noFile = web.postFile("/units/import", Map.of("dryRun", "true"), "file", "", new byte[0]);
		assertThat(noFile.status()).isEqualTo(400);
		assertThat(text(noFile, "main .form-errors")).isEqualTo("Choose a CSV file.");
	}

	@Test
	void aRowCannotGoUnderAnArchivedCommune() {
		String code = "C" + unique();
		long laiChau = unitIdByCode("PROVINCE", "12");
		long commune = this.admin
			.post("/api/units", Map.of("kind", "COMMUNE", "code", code, "name", "Xã Cũ " + code, "parentId", laiChau))
			.json()
			.get("id")
			.asLong();
		assertThat(this.admin.post("/api/units/" + commune + "/archive", Map.of()).status()).isEqualTo(200);
		ApiClient.Response response = this.admin.postCsv("/api/units/import",
				utf8(HEADER + "hamlet,,Bản Dưới Xã Cũ,%s\n".formatted(code)));
		assertThat(response.status()).isEqualTo(400);
		assertThat(problems(response.json())).containsExactly("2 parent_code unit.error.parent.archived");
		assertThat(this.admin.get("/api/units?archived=true&parent=" + commune).json().get("total").asLong()).isZero();
	}

	@Test
	void onlyAProvinceAdminImports() {
		String csv = HEADER + "hamlet,,Bản " + unique() + ",03439\n";
		assertThat(api("kalang.commander").postCsv("/api/units/import", utf8(csv)).status()).isEqualTo(403);
		assertThat(loggedIn("kalang.commander").get("/units/import").status()).isEqualTo(403);
	}

	private long countUnits() {
		return this.jdbc.sql("select count(*) from org_unit").query(Long.class).single();
	}

	/** Each error as "line column messageKey", the column "-" for the whole line. */
	private static List<String> problems(JsonNode report) {
		List<String> problems = new ArrayList<>();
		report.get("errors")
			.forEach((e) -> problems
				.add(e.get("line").asLong() + " " + (e.hasNonNull("column") ? e.get("column").asString() : "-") + " "
						+ e.get("messageKey").asString()));
		return problems;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
