package org.causo.registry.importing;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.registry.importing.RegistryImportIntegrationTests.line;

/**
 * The import page: template, upload, the check as a background job followed by polling,
 * every problem by line and column in the reader's language (paged), the save, roles.
 */
class RegistryImportPageIntegrationTests extends IntegrationTest {

	private static final String HEADER = String.join(",", ImportRow.COLUMNS) + "\n";

	@Test
	void aGoodFileIsCheckedThenSavedWhileThePageFollowsTheJob() {
		WebSession commander = loggedIn("kalang.commander");
		WebSession.Page form = commander.get("/registry/import");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("enctype=\"multipart/form-data\"").contains("/registry/import/template.csv");
		assertThat(new String(commander.getBytes("/registry/import/template.csv"), StandardCharsets.UTF_8))
			.startsWith("\uFEFFhousehold_code,commune_code");
		String code = "PG-" + unique();
		String csv = HEADER + line(code, "Bản Ka Lăng", "Lò Văn Pện", "HEAD", "")
				+ line(code, "Bản Ka Lăng", "Lò Thị Pặn", "SPOUSE", "") + line(code + "b", "Bản Pa Thắng", "", "", "");
		String job = upload(commander, csv);
		WebSession.Page checked = finished(commander, job);
		assertThat(checked.body()).contains("2 hộ, 2 nhân khẩu").contains("/registry/import/" + job + "/save");
		assertThat(households(code)).isZero();
		WebSession.Page saving = commander.post("/registry/import/" + job + "/save", Map.of());
		assertThat(saving.location()).endsWith("/registry/import/" + job);
		assertThat(finished(commander, job).body()).contains("Đã lưu 2 hộ và 2 nhân khẩu");
		assertThat(households(code)).isEqualTo(2);
		// saving twice saves nothing more: the file is gone once saved
		commander.get("/registry/import/" + job);
		commander.post("/registry/import/" + job + "/save", Map.of());
		assertThat(households(code)).isEqualTo(2);
	}

	@Test
	void aBadFileListsEveryProblemByLineAndColumnPagedAndSavesNothing() {
		WebSession commander = loggedIn("kalang.commander");
		String code = "PB-" + unique();
		StringBuilder csv = new StringBuilder(HEADER).append(line(code, "Bản Ka Lăng", "Lò Văn Đại", "HEAD", ""));
		for (int i = 0; i < 150; i++) {
			csv.append(line(code + "-" + i, "Bản Ka Lăng", "Lò Văn Mười", "CAPTAIN", ""));
		}
		String job = upload(commander, csv.toString());
		finished(commander, job);
		WebSession.Page first = commander.get("/registry/import/" + job, "en");
		assertThat(first.body()).contains("The file has 150 problems; nothing was saved")
			.contains("Problems 1–100 of 150")
			.contains("<td>3</td><td>relation</td>")
			.contains("page=1")
			.doesNotContain("/save\"");
		WebSession.Page second = commander.get("/registry/import/" + job + "?page=1", "fr");
		assertThat(second.body()).contains("Problèmes 101 à 150 sur 150").contains("<td>152</td><td>relation</td>");
		assertThat(households(code)).isZero();
		// another importer does not see the job; an officer has no import page
		assertThat(loggedIn("huoiluong.commander").get("/registry/import/" + job).status()).isEqualTo(404);
		assertThat(loggedIn("kalang.officer").get("/registry/import").status()).isEqualTo(403);
		// refused before the body is read: sent back to the import page, which refuses
		// them
		WebSession officer = loggedIn("kalang.officer");
		WebSession.Page upload = officer.postFile("/registry/import/upload", Map.of(), "file", "x.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(upload.status()).isEqualTo(302);
		assertThat(officer.follow(upload).status()).isEqualTo(403);
	}

	@Test
	void anEmptyUploadGoesBackToTheForm() {
		WebSession commander = loggedIn("kalang.commander");
		commander.get("/registry/import");
		WebSession.Page empty = commander.postFile("/registry/import/upload", Map.of(), "file", "empty.csv",
				new byte[0]);
		assertThat(empty.location()).endsWith("/registry/import?empty");
		assertThat(commander.get("/registry/import?empty").body()).contains("Chưa chọn tệp, hoặc tệp rỗng.");
	}

	private static String upload(WebSession session, String csv) {
		session.get("/registry/import");
		WebSession.Page sent = session.postFile("/registry/import/upload", Map.of(), "file", "ho-dan.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(sent.status()).as(sent.body()).isEqualTo(302);
		assertThat(sent.location()).contains("/registry/import/");
		return sent.location().substring(sent.location().lastIndexOf('/') + 1);
	}

	/**
	 * Polls the progress part as htmx does until the job is done, then loads the page.
	 */
	private static WebSession.Page finished(WebSession session, String job) {
		for (int i = 0; i < 600; i++) {
			WebSession.Page progress = session.get("/registry/import/" + job + "/progress");
			assertThat(progress.status()).isEqualTo(200);
			if ("true".equals(progress.header("HX-Refresh"))) {
				return session.get("/registry/import/" + job);
			}
			assertThat(progress.body()).contains("hx-trigger=\"every 1s\"").contains("http-equiv=\"refresh\"");
			sleep();
		}
		throw new AssertionError("the import job did not finish");
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private long households(String code) {
		return this.jdbc.sql("select count(*) from household where code_key like :c")
			.param("c", code.toLowerCase() + "%")
			.query(Long.class)
			.single();
	}

}
