package org.causo.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL inside the application when no {@code spring.datasource.url}
 * is set. Its data lives in {@code <causo.data-dir>/postgres} and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean
	Deployment deployment(@Value("${causo.data-dir:./data}") Path dataDir,
			org.springframework.core.env.Environment environment) {
		return new Deployment(!ExternalDatabaseConfigured.isConfigured(environment),
				dataDir.toAbsolutePath().normalize());
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(NoExternalDatabase.class)
	static class Embedded {

		@Bean(destroyMethod = "close")
		EmbeddedPostgres embeddedPostgres(Deployment deployment,
				@Value("${causo.embedded-database.durable:true}") boolean durable) throws IOException {
			Path pgDir = deployment.dataDir().resolve("postgres");
			Files.createDirectories(pgDir.getParent());
			String password = EmbeddedDatabasePassword.readOrCreate(deployment.dataDir(), pgDir);
			log.info("Starting the embedded PostgreSQL in {}", pgDir);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgDir)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "60")
				// the library starts PostgreSQL for tests: without fsync (-F) and with
				// asynchronous commit. A tip is acknowledged only once it is on disk, so
				// the
				// app turns both back on; only the test suite opts out.
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				// the library's own readiness check connects with this
				.setConnectConfig("password", password)
				// stopped by this bean's close, after the beans that use the database:
				// the library's own JVM hook would stop it while they still shut down
				// (the event registry reads its outstanding publications then)
				.setRegisterShutdownHook(false)
				.start();
			try {
				EmbeddedDatabasePassword.require(postgres, pgDir, password);
			}
			catch (IOException | RuntimeException ex) {
				postgres.close();
				throw ex;
			}
			return postgres;
		}

		@Bean(destroyMethod = "close")
		DataSource dataSource(EmbeddedPostgres postgres, Deployment deployment) throws IOException {
			HikariDataSource ds = new HikariDataSource();
			ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			ds.setUsername("postgres");
			ds.setPassword(Files.readString(EmbeddedDatabasePassword.file(deployment.dataDir())).strip());
			ds.setMaximumPoolSize(10);
			ds.setPoolName("causo-embedded");
			return ds;
		}

	}

	static final class ExternalDatabaseConfigured {

		static boolean isConfigured(org.springframework.core.env.Environment env) {
			String url = env.getProperty("spring.datasource.url");
			return url != null && !url.isBlank();
		}

		private ExternalDatabaseConfigured() {
		}

	}

	static final class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !ExternalDatabaseConfigured.isConfigured(context.getEnvironment());
		}

	}

}
