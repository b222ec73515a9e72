package org.causo.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.causo.shared.OwnerOnlyFile;
import org.causo.shared.crypto.Crypto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's superuser password. The library creates the cluster with
 * {@code initdb -A trust}, which lets any local user connect as superuser without a
 * password; so the first start sets a random password (kept in
 * {@code data/secrets/postgres.password}, 0600) and replaces {@code pg_hba.conf} with one
 * that asks every connection for it (scram-sha-256). A data folder made before this,
 * still on trust, is converted the same way at its next start.
 */
final class EmbeddedDatabasePassword {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabasePassword.class);

	static final String HBA_MARKER = "# Cầu Số: every connection needs the password in data/secrets/postgres.password";

	private static final String HBA = HBA_MARKER + """

			local all all scram-sha-256
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private EmbeddedDatabasePassword() {
	}

	static Path file(Path dataDir) {
		return dataDir.resolve("secrets").resolve("postgres.password");
	}

	/** The password, created on the first start. */
	static String readOrCreate(Path dataDir, Path pgDir) throws IOException {
		Path file = file(dataDir);
		if (!Files.exists(file)) {
			if (requiresPassword(pgDir)) {
				throw new IllegalStateException(file + " is missing but the embedded database in " + pgDir
						+ " requires a password: restore the file, or delete the data folder to start afresh");
			}
			OwnerOnlyFile.write(file, Base64.getUrlEncoder().withoutPadding().encodeToString(Crypto.randomBytes(24)));
		}
		OwnerOnlyFile.restrict(file);
		return Files.readString(file, StandardCharsets.UTF_8).strip();
	}

	/**
	 * Once the cluster runs: if it still trusts local connections, sets the password and
	 * makes every connection ask for it.
	 */
	static void require(EmbeddedPostgres postgres, Path pgDir, String password) throws IOException {
		if (requiresPassword(pgDir)) {
			return;
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("set password_encryption = 'scram-sha-256'");
			// the password is base64url: no quote can end the literal
			statement.execute("alter role postgres password '" + password + "'");
			Files.writeString(pgDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not set the embedded database's password", ex);
		}
		log.info("The embedded PostgreSQL now asks every connection for the password kept in {}",
				file(pgDir.getParent()));
	}

	private static boolean requiresPassword(Path pgDir) throws IOException {
		Path hba = pgDir.resolve("pg_hba.conf");
		return Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER);
	}

}
