package org.causo.shared.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway creates the event publication tables (the library's own initialization is off),
 * so the migration must stay the library's schema: after an upgrade of Spring Modulith
 * that changes it, this fails and asks for a new migration.
 */
class EventPublicationSchemaTests {

	private static final String LIBRARY = "org/springframework/modulith/events/jdbc/schemas/v2/";

	@Test
	void theMigrationCreatesTheTablesAsTheLibraryDoesOnPostgresql() throws IOException {
		String migration = statements(read("db/migration/V20_1__shared_event_publication.sql"));
		assertThat(migration).isEqualTo(statements(read(LIBRARY + "schema-postgresql.sql"))
				+ statements(read(LIBRARY + "schema-postgresql-archive.sql")));
	}

	private static String read(String path) throws IOException {
		return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
	}

	/** The SQL without comments, one space for any run of white space. */
	private static String statements(String sql) {
		return sql.replaceAll("(?m)--.*$", "").replaceAll("\\s+", " ").strip() + " ";
	}

}
