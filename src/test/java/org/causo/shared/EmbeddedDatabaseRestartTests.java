package org.causo.shared;

import java.nio.file.Files;
import java.nio.file.Path;

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

/**
 * The embedded database keeps its data in the data folder: what was saved before a
 * restart is there after it, and the demo is not loaded twice.
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
		}
		try (ConfigurableApplicationContext second = start(dataDir)) {
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

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(CausoApplication.class).run("--server.port=0",
				"--causo.data-dir=" + dataDir, "--spring.main.banner-mode=off");
	}

}
