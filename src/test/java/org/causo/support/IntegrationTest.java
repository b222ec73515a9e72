package org.causo.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the running application. All of them share one Spring
 * context, one embedded PostgreSQL (in a fresh folder per test run, with the demo data
 * loaded) and one server on a random port.
 */
// the suite's throw-away database need not survive a power cut: no fsync, asynchronous
// commit (the app's default is durable)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		classes = { org.causo.CausoApplication.class, IntegrationTest.Clocks.class },
		properties = "causo.embedded-database.durable=false")
public abstract class IntegrationTest {

	private static final java.util.regex.Pattern FORM_TOKEN = java.util.regex.Pattern
		.compile("name=\"token\" value=\"([^\"]+)\"");

	private static final java.util.regex.Pattern RECEIPT = java.util.regex.Pattern.compile("id=\"receipt\">([0-9 ]+)<");

	/** One data folder per JVM, under target/ so that a clean build removes it. */
	public static final Path DATA_DIR = newDataDir();

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestClock clock;

	@Autowired
	protected JdbcClient jdbc;

	protected DemoAccounts demo;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("causo.data-dir", DATA_DIR::toString);
		// a small registry demo: the full 25,000 households take seconds the tests need
		// not
		registry.add("causo.demo.households", () -> "400");
		// the digest goes to the in-process SMTP server; tests run it themselves, never
		// the cron
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> TestSmtp.PORT);
		registry.add("causo.mailbox.digest.enabled", () -> "true");
		registry.add("causo.mailbox.digest.cron", () -> "-");
		registry.add("causo.mailbox.digest.from", () -> "causo@causo.test");
		registry.add("causo.public-url", () -> "https://causo.test/");
	}

	@BeforeEach
	void readDemo() {
		this.demo = DemoAccounts.read(DATA_DIR);
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** A browser-like HTTP session: cookies, CSRF tokens, form login with TOTP. */
	protected WebSession session() {
		return new WebSession(baseUrl(), this.clock);
	}

	/** A session logged in as a demo account, through the password and TOTP pages. */
	protected WebSession loggedIn(String username) {
		WebSession session = session();
		session.login(this.demo.get(username));
		return session;
	}

	/** A JSON API client using the demo account's personal token. */
	protected ApiClient api(String username) {
		return new ApiClient(baseUrl(), this.demo.get(username).apiToken());
	}

	/**
	 * Eight lower-case hex digits no other test uses, for names, codes and usernames, so
	 * that tests never depend on each other or on their order.
	 */
	protected static String unique() {
		return java.util.UUID.randomUUID().toString().substring(0, 8);
	}

	/** The id of a province or commune, by its statistics-office code. */
	protected long unitIdByCode(String kind, String code) {
		return this.jdbc.sql("select id from org_unit where kind = :kind and code = :code")
			.param("kind", kind)
			.param("code", code)
			.query(Long.class)
			.single();
	}

	/** The id of the one unit with this name (demo hamlets have unique names). */
	protected long unitIdByName(String name) {
		return this.jdbc.sql("select id from org_unit where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	/** The id of a border post, by its name. */
	protected long postIdByName(String name) {
		return this.jdbc.sql("select id from border_post where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	/**
	 * The newest active QR code of the post's demo mailbox of this kind (CRIME_TIP or
	 * FEEDBACK): its oldest mailbox of that kind, so that mailboxes other tests create,
	 * with their own questions, are never picked.
	 */
	protected String qrCode(String post, String kind) {
		return this.jdbc
			.sql("""
					select q.code from qr_point q join mailbox m on m.id = q.mailbox_id join border_post p on p.id = m.post_id
					where p.name = :post and m.kind = :kind and q.status = 'ACTIVE'
					  and m.id = (select min(o.id) from mailbox o where o.post_id = p.id and o.kind = :kind)
					order by q.id desc limit 1
					""")
			.param("post", post)
			.param("kind", kind)
			.query(String.class)
			.single();
	}

	/**
	 * Sends a tip through the public form as a phone with JavaScript off would, and
	 * returns the id of the report it made.
	 */
	protected long submitTip(String post, String category, String text) {
		String code = qrCode(post, "CRIME_TIP");
		WebSession phone = session();
		WebSession.Page sent = phone.post("/q/" + code,
				java.util.Map.of("token", token(phone.get("/q/" + code).body()), "category", category, "text", text));
		if (sent.status() != 200) {
			throw new IllegalStateException("tip refused: " + sent.status());
		}
		return this.jdbc.sql("select max(id) from report").query(Long.class).single();
	}

	/** The public form's token in a page (a phone with JavaScript off sends it back). */
	protected static String token(String html) {
		java.util.regex.Matcher m = FORM_TOKEN.matcher(html);
		org.assertj.core.api.Assertions.assertThat(m.find()).as("form token in page").isTrue();
		return m.group(1);
	}

	/** The receipt a reporter is shown after sending. */
	protected static String receipt(WebSession.Page page) {
		java.util.regex.Matcher m = RECEIPT.matcher(page.body());
		org.assertj.core.api.Assertions.assertThat(m.find()).as("receipt in page: " + page.status()).isTrue();
		return m.group(1);
	}

	/** How many reports there are, in every mailbox. */
	protected long reports() {
		return this.jdbc.sql("select count(*) from report").query(Long.class).single();
	}

	protected long mailboxOf(long reportId) {
		return this.jdbc.sql("select mailbox_id from report where id = :id")
			.param("id", reportId)
			.query(Long.class)
			.single();
	}

	/** The id of an officer, by username. */
	protected long officerIdByUsername(String username) {
		return this.jdbc.sql("select id from officer where username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	private static Path newDataDir() {
		try {
			Path root = Path.of("target", "test-data").toAbsolutePath();
			Files.createDirectories(root);
			return Files.createTempDirectory(root, "run-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
