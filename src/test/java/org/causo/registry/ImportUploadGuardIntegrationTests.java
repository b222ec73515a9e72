package org.causo.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.causo.support.FileWatch;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import upload is refused before its body is read unless an importer sends it: no
 * stranger can have the server spool a large upload to the data disk.
 */
class ImportUploadGuardIntegrationTests extends IntegrationTest {

	private static final Path INCOMING = DATA_DIR.resolve("imports").resolve("incoming");

	@Test
	void aStrangersMultipartUploadIsRefusedBeforeAnythingReachesTheDisk() {
		WebSession stranger = session();
		WebSession.Page[] sent = new WebSession.Page[1];
		List<String> created = FileWatch.createdDuring(INCOMING,
				() -> sent[0] = stranger.postFile("/registry/import/upload", Map.of(), "file", "ho-dan.csv", csv()));
		assertThat(sent[0].status()).isEqualTo(302);
		assertThat(sent[0].location()).endsWith("/login");
		assertThat(created).as("files written under imports/incoming").isEmpty();
	}

	@Test
	void anOfficerWhoMayNotImportIsRefusedBeforeAnythingReachesTheDisk() {
		WebSession officer = loggedIn("kalang.officer");
		officer.get("/");
		WebSession.Page[] sent = new WebSession.Page[1];
		List<String> created = FileWatch.createdDuring(INCOMING,
				() -> sent[0] = officer.postFile("/registry/import/upload", Map.of(), "file", "ho-dan.csv", csv()));
		assertThat(sent[0].status()).isEqualTo(302);
		assertThat(sent[0].location()).endsWith("/registry/import");
		assertThat(officer.follow(sent[0]).status()).isEqualTo(403);
		assertThat(created).as("files written under imports/incoming").isEmpty();
	}

	@Test
	void anUploadDeclaredOverTheLimitGoesBackToTheFormBeforeItsBodyIsSent() throws Exception {
		WebSession commander = loggedIn("kalang.commander");
		commander.get("/registry/import");
		String[] answer = new String[1];
		List<String> created = FileWatch.createdDuring(INCOMING, () -> answer[0] = declareHugeUpload(commander));
		assertThat(answer[0]).startsWith("HTTP/1.1 302").contains("/registry/import?tooLarge");
		assertThat(created).as("files written under imports/incoming").isEmpty();
	}

	/**
	 * Sends only the headers of an upload that claims 2 GB, and reads the answer: the
	 * server must answer without waiting for the body.
	 */
	private String declareHugeUpload(WebSession session) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream()
				.write(("POST /registry/import/upload HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nCookie: "
						+ session.cookieHeader() + "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
						+ "Content-Length: 2000000000\r\n\r\n--x\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			StringBuilder head = new StringBuilder();
			for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
				head.append(line).append('\n');
			}
			return head.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Three MB: over the 1 MB above which the servlet spools a part to disk. */
	private static byte[] csv() {
		byte[] csv = new byte[3 * 1024 * 1024];
		Arrays.fill(csv, (byte) 'a');
		return csv;
	}

}
