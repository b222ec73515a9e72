package org.causo.registry.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.registry.importing.RegistryImportIntegrationTests.line;

/**
 * Import files hold national IDs in clear: one that was checked and never saved is gone
 * after a day, one with problems at once, and an interrupted upload's leftovers after an
 * hour.
 */
class ImportCleanupIntegrationTests extends IntegrationTest {

	private static final String HEADER = String.join(",", ImportRow.COLUMNS) + "\n";

	@Autowired
	private ImportCleanup cleanup;

	@Test
	void aCheckedFileThatIsNotSavedIsDeletedAfterADayAndItsJobSaysSo() throws Exception {
		WebSession commander = loggedIn("kalang.commander");
		String code = "CL-" + unique();
		String job = upload(commander, HEADER + line(code, "Bản Ka Lăng", "Lò Văn Pện", "HEAD", ""));
		finished(commander, job);
		Path file = imports().resolve(job + ".csv");
		assertThat(file).exists();

		this.cleanup.deleteOldFiles();
		assertThat(file).as("kept while it can be saved").exists();

		this.clock.advance(Duration.ofHours(25));
		this.cleanup.deleteOldFiles();

		assertThat(file).doesNotExist();
		WebSession again = loggedIn("kalang.commander");
		WebSession.Page page = again.get("/registry/import/" + job, "en");
		assertThat(page.body()).contains("was checked but not saved within a day, so it was deleted")
			.doesNotContain("/registry/import/" + job + "/save");
		again.post("/registry/import/" + job + "/save", Map.of());
		assertThat(this.jdbc.sql("select count(*) from household where code_key like :c")
			.param("c", code.toLowerCase() + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aFileWithProblemsIsDeletedAsSoonAsItIsChecked() {
		WebSession commander = loggedIn("kalang.commander");
		String job = upload(commander, HEADER + line("CB-" + unique(), "Bản Ka Lăng", "Lò Văn Mười", "CAPTAIN", ""));

		assertThat(finished(commander, job).body()).contains("1 lỗi");
		assertThat(imports().resolve(job + ".csv")).doesNotExist();
	}

	@Test
	void whatAnInterruptedUploadLeftIsDeletedAfterAnHour() throws Exception {
		Path incoming = Files.createDirectories(imports().resolve("incoming"));
		Path leftover = Files.writeString(incoming.resolve("upload_" + unique() + ".tmp"),
				HEADER + line("CI-" + unique(), "Bản Ka Lăng", "Lò Văn Pện", "HEAD", ""), StandardCharsets.UTF_8);
		// written "now" by the application's clock, which earlier tests may have moved
		// ahead
		Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(this.clock.instant()));

		this.cleanup.deleteOldFiles();
		assertThat(leftover).as("an upload may still be under way").exists();

		this.clock.advance(Duration.ofHours(2));
		this.cleanup.deleteOldFiles();
		assertThat(leftover).doesNotExist();
	}

	private static Path imports() {
		return DATA_DIR.resolve("imports");
	}

	private static String upload(WebSession session, String csv) {
		session.get("/registry/import");
		WebSession.Page sent = session.postFile("/registry/import/upload", Map.of(), "file", "ho-dan.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(sent.status()).as(sent.body()).isEqualTo(302);
		return sent.location().substring(sent.location().lastIndexOf('/') + 1);
	}

	/** Follows the job's progress, as the page does, until it is done. */
	private static WebSession.Page finished(WebSession session, String job) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofMinutes(1))
			.until(() -> "true".equals(session.get("/registry/import/" + job + "/progress").header("HX-Refresh")));
		return session.get("/registry/import/" + job);
	}

}
