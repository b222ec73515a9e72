package org.causo.registry.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.registry.RegistryFixtures.createHousehold;
import static org.causo.registry.RegistryFixtures.createResident;
import static org.causo.registry.RegistryFixtures.household;
import static org.causo.registry.RegistryFixtures.json;
import static org.causo.registry.RegistryFixtures.resident;
import static org.causo.registry.importing.RegistryImportIntegrationTests.line;

/**
 * What spreadsheets save: semicolons, the app's own labels, the exports' headers, XLSX;
 * and what they must not slip through: a resident without a name, control characters.
 */
class RegistryImportFormatsIntegrationTests extends IntegrationTest {

	private static final String HEADER = String.join(",", ImportRow.COLUMNS) + "\n";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Test
	void aResidentLineWithoutANameIsRefusedNotSavedAsAnEmptyHousehold() {
		String code = "NN-" + unique();
		String csv = HEADER + line(code, "Bản Ka Lăng", "Lò Văn Tên", "HEAD", "").replace("Lò Văn Tên", "  ");
		JsonNode result = json(api("kalang.commander").postCsv("/api/registry/import?dryRun=true", bytes(csv)), 400);
		assertThat(errors(result)).containsExactly("2:full_name:Dòng này có thông tin nhân khẩu nhưng thiếu họ tên.");
	}

	@Test
	void aSemicolonSeparatedFileWithTheAppsOwnLabelsIsRead() {
		String code = "SC-" + unique();
		String csv = "\uFEFF" + String.join(";", ImportRow.COLUMNS) + "\n"
				+ String.join(";", code, "03439", "Bản Ka Lăng", "Cạnh suối", "", "", "Thái", "Tiếng Thái", "Có",
						"Không", "không", "Lò Thị Phương", "Nữ", "1990", "Thái", "Tiếng Thái, Tiếng Việt", "Một chút",
						"Chủ hộ", "", "", "")
				+ "\n";
		JsonNode result = json(api("kalang.commander").postCsv("/api/registry/import?dryRun=true", bytes(csv)), 200);
		assertThat(result.get("households").asLong()).isEqualTo(1);
		assertThat(result.get("residents").asLong()).isEqualTo(1);
	}

	@Test
	void aRefusedValueListsTheValuesAllowed() {
		String csv = HEADER + line("AV-" + unique(), "Bản Ka Lăng", "Lò Văn Ba", "HEAD", "").replace("THAI;VIETNAMESE",
				"Tiếng Klingon");
		JsonNode result = json(api("kalang.commander").postCsv("/api/registry/import?dryRun=true", bytes(csv)), 400);
		assertThat(errors(result)).singleElement()
			.asString()
			.startsWith("2:languages:Giá trị không hợp lệ: Tiếng Klingon. Các giá trị nhận được: ")
			.contains("Tiếng Thái")
			.contains("Tiếng Việt");
	}

	@Test
	void aResidentExportCorrectedInASpreadsheetReadsBackWithoutError() {
		ApiClient officer = api("kalang.officer");
		long h = createHousehold(officer, household("RT-" + unique(), unitIdByName("Bản Ka Lăng")));
		createResident(officer, resident(h, "Thào A Chư", "HEAD"));
		createResident(officer, resident(h, "Thào Thị Mỷ", "SPOUSE"));
		String exported = api("kalang.commander").get("/api/residents/export?format=csv&household=" + h).body();
		assertThat(exported).contains("Thào Thị Mỷ").contains("Vợ/chồng");
		String corrected = exported.replaceAll("RT-[0-9a-f]+", "RX-" + unique());
		JsonNode result = json(api("kalang.commander").postCsv("/api/registry/import?dryRun=true", bytes(corrected)),
				200);
		assertThat(result.get("households").asLong()).isEqualTo(1);
		assertThat(result.get("residents").asLong()).isEqualTo(2);
	}

	@Test
	void anXlsxWorkbookIsReadLikeACsv() throws IOException {
		String code = "XL-" + unique();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("Hộ");
			List<String> header = new ArrayList<>(ImportRow.COLUMNS);
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, header.get(c));
			}
			String[] cells = { code, "03439", "Bản Ka Lăng", "", "", "", "THAI", "THAI", "no", "no", "no",
					"Lò Văn Xlsx", "Nam", null, "THAI", "Tiếng Thái", "A_LITTLE", "HEAD", "", "", "" };
			for (int c = 0; c < cells.length; c++) {
				if (cells[c] != null) {
					sheet.value(1, c, cells[c]);
				}
			}
			sheet.value(1, 13, 1985);
			sheet.finish();
		}
		JsonNode result = json(
				api("kalang.commander").postRaw("/api/registry/import?dryRun=true", XLSX, out.toByteArray()), 200);
		assertThat(result.get("households").asLong()).isEqualTo(1);
		assertThat(result.get("residents").asLong()).isEqualTo(1);
	}

	@Test
	void aNulInAnImportedCellIsDroppedNotStored() {
		String code = "NU-" + unique();
		String csv = HEADER + line(code, "Bản Ka Lăng", "Lò\u0000 Văn\u0001 Nul", "HEAD", "");
		JsonNode result = json(api("kalang.commander").postCsv("/api/registry/import", bytes(csv)), 200);
		assertThat(result.get("committed").asBoolean()).isTrue();
		assertThat(this.jdbc
			.sql("select r.full_name from resident r join household h on h.id = r.household_id "
					+ "where h.code = :code")
			.param("code", code)
			.query(String.class)
			.single()).isEqualTo("Lò Văn Nul");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> errors(JsonNode result) {
		List<String> seen = new ArrayList<>();
		result.get("errors")
			.forEach((e) -> seen
				.add(e.get("line").asLong() + ":" + e.get("column").asString("-") + ":" + e.get("message").asString()));
		return seen;
	}

}
