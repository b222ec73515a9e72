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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		classes = { org.causo.CausoApplication.class, IntegrationTest.Clocks.class })
public abstract class IntegrationTest {

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
