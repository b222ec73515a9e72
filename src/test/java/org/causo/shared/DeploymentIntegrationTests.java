package org.causo.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.causo.CausoApplication;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production shapes: the application on an external PostgreSQL (here another database of
 * the test server) migrates it, loads no demo and creates the first administrator from
 * the environment; two nodes on one database share the officers' sessions.
 */
class DeploymentIntegrationTests extends IntegrationTest {

	/**
	 * Production needs the master secret from the environment, the same on every node.
	 */
	private static final String MASTER = "--causo.secrets.master="
			+ java.util.Base64.getEncoder().encodeToString(new byte[32]);

	/** Production needs the address residents reach, for posters and QR codes. */
	private static final String PUBLIC_URL = "--causo.public-url=https://causo.example";

	@Autowired
	DataSource dataSource;

	@Test
	void onAnExternalDatabaseItMigratesLoadsNoDemoAndCreatesTheFirstAdminFromTheEnvironment() throws Exception {
		String database = "external_" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("create database " + database).update();
		String url = jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
		Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "external-");
		try (ConfigurableApplicationContext node = new SpringApplicationBuilder(CausoApplication.class).run(
				"--server.port=0", MASTER, PUBLIC_URL, "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", password(), "--causo.data-dir=" + dataDir,
				"--causo.admin.username=First.Admin", "--causo.admin.password=a long first password")) {
			JdbcClient external = node.getBean(JdbcClient.class);
			assertThat(external.sql("select count(*) from org_unit").query(Long.class).single()).isZero();
			assertThat(external.sql("select username from officer").query(String.class).list())
				.containsExactly("first.admin");
			assertThat(external.sql("select must_change_password from officer").query(Boolean.class).single()).isTrue();
			assertThat(Files.exists(dataDir.resolve("demo.json"))).isFalse();
			assertThat(Files.exists(dataDir.resolve("postgres"))).isFalse();
			int port = ((WebServerApplicationContext) node).getWebServer().getPort();
			assertThat(session().at("http://localhost:" + port).get("/login").body()).as("no demo banner")
				.doesNotContain("demo-banner");
		}
	}

	@Test
	void withoutTheEnvironmentVariablesNoAdministratorIsCreated() throws Exception {
		String database = "external_" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("create database " + database).update();
		String url = jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
		Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "external-");
		try (ConfigurableApplicationContext node = new SpringApplicationBuilder(CausoApplication.class).run(
				"--server.port=0", MASTER, PUBLIC_URL, "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", password(), "--causo.data-dir=" + dataDir)) {
			assertThat(node.getBean(JdbcClient.class).sql("select count(*) from officer").query(Long.class).single())
				.isZero();
		}
	}

	@Test
	void onAnExternalDatabaseItRefusesToStartWithoutTheMasterSecret() throws Exception {
		String database = "external_" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("create database " + database).update();
		String url = jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new SpringApplicationBuilder(CausoApplication.class).run("--server.port=0",
					PUBLIC_URL, "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", password(),
					"--causo.data-dir=" + DATA_DIR.resolve("no-secret")))
			.hasRootCauseMessage("Set CAUSO_SECRETS_MASTER (32 random bytes, base64: 'openssl rand -base64 32'), "
					+ "the same on every node; see docs/operations.md");
	}

	/**
	 * Posters printed from an internal address would send residents nowhere or in clear.
	 */
	@Test
	void onAnExternalDatabaseItRefusesToStartWithoutThePublicUrl() throws Exception {
		String database = "external_" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("create database " + database).update();
		String url = jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new SpringApplicationBuilder(CausoApplication.class).run("--server.port=0",
					MASTER, "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", password(),
					"--causo.data-dir=" + DATA_DIR.resolve("no-public-url")))
			.hasRootCauseMessage("Set CAUSO_PUBLIC_URL (the https:// address residents reach, printed on posters "
					+ "and QR codes); see docs/operations.md");
	}

	@Test
	void aSecondNodeOnTheSameDatabaseServesTheSameSession() {
		WebSession browser = loggedIn("analyst");
		assertThat(browser.get("/units").status()).isEqualTo(200);
		try (ConfigurableApplicationContext node = new SpringApplicationBuilder(CausoApplication.class).run(
				"--server.port=0", MASTER, PUBLIC_URL, "--spring.datasource.url=" + jdbcUrl(),
				"--spring.datasource.username=postgres", password(), "--causo.data-dir=" + DATA_DIR.resolve("node2"))) {
			int port = ((WebServerApplicationContext) node).getWebServer().getPort();
			WebSession sameBrowserOtherNode = browser.at("http://localhost:" + port);
			assertThat(sameBrowserOtherNode.get("/units").status()).isEqualTo(200);
			assertThat(session().at("http://localhost:" + port).get("/units").status()).isEqualTo(302);
		}
	}

	/** The embedded test database asks for its password, as production's would. */
	private String password() {
		return "--spring.datasource.password=" + ((HikariDataSource) this.dataSource).getPassword();
	}

	private String jdbcUrl() {
		return ((HikariDataSource) this.dataSource).getJdbcUrl();
	}

}
