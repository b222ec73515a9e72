package org.causo.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.causo.CausoApplication;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitDraft;
import org.causo.orgunit.UnitKind;
import org.causo.orgunit.UnitQuery;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database keeps its data in the data folder: what was saved before a
 * restart is there after it, and the demo is not loaded twice. Its secrets are the
 * owner's only, and the database asks for a password, also in a folder made before that.
 */
class EmbeddedDatabaseRestartTests {

	@Test
	void dataSavedBeforeARestartIsStillThereAfterIt() throws Exception {
		Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "restart-");
		long hamletId;
		String demoJson;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(jdbc.sql("show fsync").query(String.class).single()).as("durable by default").isEqualTo("on");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			OrgUnits units = first.getBean(OrgUnits.class);
			OrgUnit commune = units
				.search(Scope.all(), new UnitQuery("Thu Lum", UnitKind.COMMUNE, null, false),
						org.causo.shared.PageOf.Request.first())
				.items()
				.get(0);
			hamletId = units.create(Scope.all(), new UnitDraft(UnitKind.HAMLET, null, "Bản Còn Đây", commune.id()))
				.id();
			demoJson = Files.readString(dataDir.resolve("demo.json"));
			assertOwnerOnly(dataDir.resolve("demo.json"), dataDir.resolve("secrets/master.key"),
					dataDir.resolve("secrets/postgres.password"));
			assertAPasswordIsRequired(first, dataDir);
		}
		// as a data folder made before the password was introduced: the cluster trusts
		// local
		// connections, there is no password file, demo.json is world-readable
		Files.writeString(dataDir.resolve("postgres/pg_hba.conf"),
				"local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
		Files.delete(dataDir.resolve("secrets/postgres.password"));
		Files.setPosixFilePermissions(dataDir.resolve("demo.json"), PosixFilePermissions.fromString("rw-r--r--"));
		try (ConfigurableApplicationContext second = start(dataDir)) {
			assertOwnerOnly(dataDir.resolve("demo.json"), dataDir.resolve("secrets/postgres.password"));
			assertAPasswordIsRequired(second, dataDir);
			OrgUnits units = second.getBean(OrgUnits.class);
			assertThat(units.get(Scope.all(), hamletId).name()).isEqualTo("Bản Còn Đây");
			assertThat(units
				.search(Scope.all(), new UnitQuery("ban con day", null, null, false),
						org.causo.shared.PageOf.Request.first())
				.total()).isEqualTo(1);
			assertThat(units
				.search(Scope.all(), new UnitQuery(null, UnitKind.PROVINCE, null, false),
						org.causo.shared.PageOf.Request.first())
				.total()).as("the demo is loaded once").isEqualTo(1);
			assertThat(Files.readString(dataDir.resolve("demo.json"))).isEqualTo(demoJson);
		}
	}

	private static void assertOwnerOnly(Path... files) throws IOException {
		for (Path file : files) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
				.isEqualTo("rw-------");
		}
	}

	/**
	 * A local user who does not know the password cannot connect, the application can.
	 */
	private static void assertAPasswordIsRequired(ConfigurableApplicationContext app, Path dataDir) throws Exception {
		String url = ((HikariDataSource) app.getBean(DataSource.class)).getJdbcUrl();
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
			.isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong").close())
			.isInstanceOf(SQLException.class);
		String password = Files.readString(dataDir.resolve("secrets/postgres.password")).strip();
		try (Connection connection = DriverManager.getConnection(url, "postgres", password)) {
			assertThat(connection.isValid(5)).isTrue();
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(CausoApplication.class).run("--server.port=0",
				"--causo.data-dir=" + dataDir, "--spring.main.banner-mode=off");
	}

}
