package org.causo.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.causo.CausoApplication;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application behind nginx as docs/operations.md deploys it: TLS ends at nginx on
 * this machine, which forwards {@code X-Forwarded-Proto: https} and the host. The tests'
 * requests come from 127.0.0.1, the default trusted proxy. The test suite configures
 * {@code causo.public-url=https://causo.test/}.
 */
@ExtendWith(OutputCaptureExtension.class)
class TlsProxyIntegrationTests extends IntegrationTest {

	@Autowired
	DataSource dataSource;

	@Test
	void behindTheProxyOnHttpsTheSessionAndKeyCookiesAreSecureAndHstsIsSent() {
		WebSession browser = session().behindTlsProxy("causo.example");
		WebSession.Page login = browser.get("/login");
		assertThat(login.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
		browser.login(this.demo.get("kalang.officer"));
		assertThat(browser.get("/mailboxes").status()).as("the Secure cookies come back").isEqualTo(200);
		assertThat(cookie(browser, "SESSION")).contains("; Secure").contains("; HttpOnly").contains("SameSite=Lax");
		assertThat(cookie(browser, "causo-key")).contains("; Secure")
			.contains("; HttpOnly")
			.contains("SameSite=Strict");
	}

	@Test
	void onPlainHttpWithoutTheProxyNoHstsIsSentAndCookiesAreNotSecure() {
		WebSession browser = session();
		assertThat(browser.get("/login").header("Strict-Transport-Security")).isNull();
		assertThat(cookie(browser, "SESSION")).doesNotContain("Secure");
	}

	@Test
	void postersAndQrCodesEncodeThePublicUrlWhateverHostTheRequestNames() throws Exception {
		WebSession commander = session().behindTlsProxy("intranet.example").login(this.demo.get("kalang.commander"));
		long pointId = this.jdbc
			.sql("select min(q.id) from qr_point q join mailbox m on m.id = q.mailbox_id "
					+ "join border_post p on p.id = m.post_id where p.name = 'Ka Lăng' and m.kind = 'CRIME_TIP'")
			.query(Long.class)
			.single();
		String code = this.jdbc.sql("select code from qr_point where id = :id")
			.param("id", pointId)
			.query(String.class)
			.single();
		WebSession.Page qr = commander.get("/points/" + code + "/qr.svg");
		assertThat(qr.body()).isEqualTo(QrSvg.of("https://causo.test/q/" + code));
		try (PDDocument poster = Loader.loadPDF(commander.getBytes("/points/" + pointId + "/poster.pdf"))) {
			assertThat(new PDFTextStripper().getText(poster)).contains("https://causo.test/q/" + code)
				.doesNotContain("intranet.example");
		}
		long mailboxId = this.jdbc.sql("select mailbox_id from qr_point where id = :id")
			.param("id", pointId)
			.query(Long.class)
			.single();
		assertThat(commander.get("/mailboxes/" + mailboxId + "/settings").body())
			.contains("https://causo.test/q/" + code)
			.doesNotContain("intranet.example");
	}

	/**
	 * Tomcat now takes the client's address from a trusted proxy's X-Forwarded-For;
	 * nothing writes it: not the request log, not the audit of the login.
	 */
	@Test
	void aClientAddressPassedByTheProxyIsWrittenNowhere(CapturedOutput output) {
		WebSession browser = session().behindTlsProxy("causo.example", "203.0.113.77");
		browser.login(this.demo.get("analyst"));
		assertThat(browser.get("/units").status()).isEqualTo(200);
		browser.get("/q/" + qrCode("Ka Lăng", "CRIME_TIP"));
		org.awaitility.Awaitility.await().until(() -> output.getOut().contains("GET /units 200"));
		assertThat(output.getOut()).doesNotContain("203.0.113.77");
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where details like '%203.0.113.77%' "
					+ "or actor like '%203.0.113.77%' or target_id like '%203.0.113.77%'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from audit_event where action like 'LOGIN%' and actor = 'analyst'")
			.query(Long.class)
			.single()).as("the login was audited").isPositive();
	}

	/**
	 * A node whose trusted proxies exclude this machine: the same forwarded headers, from
	 * 127.0.0.1, are then ignored, as they are from any address not configured.
	 */
	@Test
	void forwardedHeadersFromAnAddressThatIsNotATrustedProxyAreIgnored() throws Exception {
		Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "proxy-");
		HikariDataSource db = (HikariDataSource) this.dataSource;
		try (ConfigurableApplicationContext node = new SpringApplicationBuilder(CausoApplication.class).run(
				"--server.port=0", "--causo.data-dir=" + dataDir,
				"--causo.secrets.master=" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
				"--causo.public-url=https://causo.test", "--spring.datasource.url=" + db.getJdbcUrl(),
				"--spring.datasource.username=" + db.getUsername(), "--spring.datasource.password=" + db.getPassword(),
				"--server.tomcat.remoteip.internal-proxies=10\\.9\\.9\\.9")) {
			int port = ((WebServerApplicationContext) node).getWebServer().getPort();
			WebSession browser = session().at("http://localhost:" + port).behindTlsProxy("causo.example");
			assertThat(browser.get("/login").header("Strict-Transport-Security")).isNull();
			assertThat(cookie(browser, "SESSION")).doesNotContain("Secure");
		}
	}

	private static String cookie(WebSession browser, String name) {
		List<String> set = browser.cookiesSet().stream().filter((c) -> c.startsWith(name + "=")).toList();
		assertThat(set).as("Set-Cookie " + name).isNotEmpty();
		return set.get(set.size() - 1);
	}

}
