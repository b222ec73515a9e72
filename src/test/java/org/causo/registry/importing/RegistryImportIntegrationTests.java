package org.causo.registry.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.registry.RegistryFixtures.json;

/**
 * CSV import: template, dry run with errors by line and column, all or nothing,
 * encodings, size.
 */
class RegistryImportIntegrationTests extends IntegrationTest {

	private static final String HEADER = String.join(",", ImportRow.COLUMNS) + "\n";

	@Test
	void theTemplateImportsAsItIsInADryRun() {
		ApiClient api = api("kalang.commander");
		String template = new String(api("kalang.commander").get("/api/registry/import/template.csv").body());
		assertThat(template).startsWith("household_code,commune_code,hamlet,");
		JsonNode result = json(api.postCsv("/api/registry/import?dryRun=true",
				template.replace("KL-0001", "T-" + unique()).getBytes(StandardCharsets.UTF_8)), 200);
		assertThat(result.get("households").asLong()).isEqualTo(1);
		assertThat(result.get("residents").asLong()).isEqualTo(2);
		assertThat(result.get("committed").asBoolean()).isFalse();
	}

	@Test
	void aGoodFileIsSavedWithHeadsMembershipsAndSealedIds() {
		String code = "IM-" + unique();
		String csv = "\uFEFF" + HEADER
				+ line(code, "Bản Ka Lăng", "Lò Văn Tâm", "HEAD", "2021-05-01").replace(",,2021", ",012345678999,2021")
				+ line(code, "Bản Ka Lăng", "Lò Thị Hoa", "SPOUSE", "") + line(code + "b", "ban ka lang", "", "", "");
		JsonNode result = json(
				api("kalang.commander").postCsv("/api/registry/import", csv.getBytes(StandardCharsets.UTF_8)), 200);
		assertThat(result.get("committed").asBoolean()).isTrue();
		JsonNode found = json(api("kalang.officer").get("/api/households?q=" + code.toLowerCase()), 200).get("items");
		assertThat(found).hasSize(2);
		JsonNode household = found.get(0);
		assertThat(household.get("headName").asString()).isEqualTo("Lò Văn Tâm");
		assertThat(household.get("members").asInt()).isEqualTo(2);
		assertThat(
				json(api("kalang.officer").get("/api/residents?q=lo+van+tam&household=" + household.get("id").asLong()),
						200)
					.get("items")
					.get(0)
					.get("nationalIdMasked")
					.asString())
			.isEqualTo("•••••••••999");
		assertThat(this.jdbc
			.sql("select count(*) from resident_membership m join resident r on r.id = m.resident_id "
					+ "where r.household_id = :h and m.from_date = date '2021-05-01'")
			.param("h", household.get("id").asLong())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aDryRunListsEveryErrorByLineAndColumnInTheUsersLanguage() {
		String code = "ER-" + unique();
		String csv = HEADER + line(code, "Bản Không Có", "Lò Văn A", "HEAD", "")
				+ line(code + "x", "Bản Ka Lăng", "Lò Văn B", "HEAD", "31/02/2020")
				+ line(code + "y", "Bản Ka Lăng", "Lò Văn C", "CAPTAIN", "").replace(",M,", ",Q,") + "too,few,columns\n"
				+ line(code + "x", "Bản Ka Lăng", "Lò Văn D", "CHILD", "");
		JsonNode vi = json(api("kalang.commander").postCsv("/api/registry/import?dryRun=true",
				csv.getBytes(StandardCharsets.UTF_8)), 400);
		List<String> seen = new ArrayList<>();
		vi.get("errors")
			.forEach((e) -> seen
				.add(e.get("line").asLong() + ":" + e.get("column").asString("-") + ":" + e.get("message").asString()));
		assertThat(seen).contains("2:hamlet:Không có bản “Bản Không Có” trong xã này.",
				"3:member_since:Ngày không hợp lệ: 31/02/2020 (dùng 2024-03-01 hoặc 1/3/2024).",
				"4:sex:Giá trị không hợp lệ: Q. Các giá trị nhận được: Nam, Nữ", "5:-:Dòng này có 3 cột, cần 21 cột.");
		assertThat(seen).anyMatch((s) -> s
			.startsWith("4:relation:Giá trị không hợp lệ: CAPTAIN. Các giá trị nhận được: " + "Chủ hộ, Vợ/chồng, Con"));
		assertThat(seen).anyMatch((s) -> s.startsWith("6:household_code:Mã hộ " + code + "x đã dùng ở dòng 3"));
		JsonNode en = json(api("kalang.commander").inLanguage("en")
			.postCsv("/api/registry/import?dryRun=true", csv.getBytes(StandardCharsets.UTF_8)), 400);
		assertThat(en.get("errors").get(0).get("message").asString())
			.isEqualTo("No hamlet “Bản Không Có” in this commune.");
	}

	@Test
	void codesAlreadyInTheDatabaseAndOtherPostsCommunesAreRefused() {
		String code = "DB-" + unique();
		json(api("kalang.commander").postCsv("/api/registry/import",
				(HEADER + line(code, "Bản Ka Lăng", "Lò Văn E", "HEAD", "")).getBytes(StandardCharsets.UTF_8)), 200);
		JsonNode again = json(
				api("kalang.commander").postCsv("/api/registry/import",
						(HEADER + line(code, "Bản Pa Thắng", "Lò Văn F", "HEAD", "")).getBytes(StandardCharsets.UTF_8)),
				400);
		assertThat(again.get("errors").get(0).get("message").asString())
			.isEqualTo("Mã hộ " + code + " đã có trong xã này.");
		assertThat(again.get("errors").get(0).get("line").asLong()).isEqualTo(2);
		// a dry run stages only each household's first line, and still finds the clash
		// there
		JsonNode dry = json(api("kalang.commander").postCsv("/api/registry/import?dryRun=true",
				(HEADER + line("OK-" + unique(), "Bản Ka Lăng", "Lò Văn H", "HEAD", "")
						+ line(code, "Bản Pa Thắng", "Lò Văn F", "HEAD", "")
						+ line(code, "Bản Pa Thắng", "Lò Thị F", "SPOUSE", ""))
					.getBytes(StandardCharsets.UTF_8)),
				400);
		assertThat(dry.get("errors")).hasSize(1);
		assertThat(dry.get("errors").get(0).get("line").asLong()).isEqualTo(3);
		assertThat(dry.get("errors").get(0).get("message").asString())
			.isEqualTo("Mã hộ " + code + " đã có trong xã này.");
		JsonNode foreign = json(api("huoiluong.commander").postCsv("/api/registry/import",
				(HEADER + line("HL-" + unique(), "Bản Ka Lăng", "Lò Văn G", "HEAD", ""))
					.getBytes(StandardCharsets.UTF_8)),
				400);
		assertThat(foreign.get("errors").get(0).get("column").asString()).isEqualTo("commune_code");
		assertThat(
				api("kalang.officer").postCsv("/api/registry/import", HEADER.getBytes(StandardCharsets.UTF_8)).status())
			.isEqualTo(403);
	}

	@Test
	void filesThatAreNotUtf8AreRefusedClearly() {
		String csv = HEADER + line("EN-" + unique(), "Bản Ka Lăng", "Lò Văn Hùng", "HEAD", "");
		for (Charset charset : List.of(Charset.forName("windows-1258"), StandardCharsets.UTF_16,
				StandardCharsets.ISO_8859_1)) {
			JsonNode result = json(
					api("kalang.commander").inLanguage("en").postCsv("/api/registry/import", csv.getBytes(charset)),
					400);
			assertThat(result.get("errors").get(0).get("message").asString()).as(charset.name())
				.startsWith("The file is not UTF-8.");
		}
		byte[] invalid = (HEADER + "KL-1,03439,\u0000").getBytes(StandardCharsets.UTF_8);
		invalid[invalid.length - 1] = (byte) 0xC3;
		assertThat(api("kalang.commander").postCsv("/api/registry/import", invalid).status()).isEqualTo(400);
	}

	@Test
	void aFileThatFailsAtLine90000ChangesNothing() throws IOException {
		String prefix = "N" + unique();
		long before = this.jdbc.sql("select count(*) from resident").query(Long.class).single();
		Path file = Path.of("target", "registry-90000.csv");
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(HEADER.getBytes(StandardCharsets.UTF_8));
			for (int i = 2; i < 90_000; i++) {
				out.write(
						line(prefix + "-" + (i / 4), "Bản Ka Lăng", "Lò Văn " + i, (i % 4 == 0) ? "HEAD" : "CHILD", "")
							.getBytes(StandardCharsets.UTF_8));
			}
			out.write(line(prefix + "-z", "Bản Ka Lăng", "Lò Văn Cuối", "HEAD", "2020-13-45")
				.getBytes(StandardCharsets.UTF_8));
		}
		JsonNode result = json(api("kalang.commander").postCsv("/api/registry/import", Files.readAllBytes(file)), 400);
		assertThat(result.get("rows").asLong()).isEqualTo(89_999);
		assertThat(result.get("errors").get(0).get("line").asLong()).isEqualTo(90_000);
		assertThat(result.get("committed").asBoolean()).isFalse();
		assertThat(this.jdbc.sql("select count(*) from resident").query(Long.class).single()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from household where code like :p")
			.param("p", prefix + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void a200MegabyteFileIsStreamedThroughADryRun() throws IOException {
		Path file = Path.of("target", "registry-200mb.csv");
		String prefix = "B" + unique();
		long lines = 0;
		try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			out.write(HEADER.getBytes(StandardCharsets.UTF_8));
			while (Files.size(file) < 200L * 1024 * 1024 && lines < 3_000_000) {
				for (int i = 0; i < 10_000; i++, lines++) {
					out.write(line(prefix + "-" + (lines / 5), "Bản Ka Lăng", "Giàng A Páo Sùng Thị Mỷ " + lines,
							(lines % 5 == 0) ? "HEAD" : "CHILD", "2020-01-01")
						.replace("Cạnh suối", "Cạnh suối đầu bản sau nhà văn hóa trên đường lên nương chè cổ thụ")
						.getBytes(StandardCharsets.UTF_8));
				}
				out.flush();
			}
		}
		assertThat(Files.size(file)).isGreaterThanOrEqualTo(200L * 1024 * 1024);
		ApiClient.Response response = api("kalang.commander").postRaw("/api/registry/import?dryRun=true", "text/csv",
				Files.readAllBytes(file));
		JsonNode result = json(response, 200);
		assertThat(result.get("rows").asLong()).isEqualTo(lines);
		assertThat(result.get("residents").asLong()).isEqualTo(lines);
		Files.delete(file);
	}

	/** One CSV line of a resident (or of a household alone when the name is empty). */
	static String line(String code, String hamlet, String name, String relation, String since) {
		boolean person = !name.isEmpty();
		return String.join(",", code, "03439", hamlet, "Cạnh suối", "", "", "THAI", "THAI", "no", "no", "no", name,
				person ? "M" : "", person ? "1980" : "", person ? "THAI" : "", person ? "THAI;VIETNAMESE" : "",
				person ? "A_LITTLE" : "", relation, "", "", since) + "\n";
	}

}
