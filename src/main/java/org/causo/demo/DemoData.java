package org.causo.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.causo.identity.Officers;
import org.causo.shared.DemoBanner;
import org.causo.shared.OwnerOnlyFile;
import org.causo.shared.db.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo once, on the embedded database only, and writes {@code data/demo.json}.
 * On later starts it only prints how to log in again. It never runs against an external
 * database.
 */
@Component
@Order(5)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Deployment deployment;

	private final boolean enabled;

	private final Officers officers;

	private final LaiChauDemo laiChau;

	private final JsonMapper json;

	private final TransactionTemplate tx;

	private final DemoBanner banner;

	private final DemoLoaders loaders;

	private Consumer<String> loginHelp;

	DemoData(Deployment deployment, @Value("${causo.demo.enabled:true}") boolean enabled, Officers officers,
			LaiChauDemo laiChau, JsonMapper json, TransactionTemplate tx, DemoBanner banner, DemoLoaders loaders) {
		this.deployment = deployment;
		this.loaders = loaders;
		this.banner = banner;
		this.enabled = enabled;
		this.officers = officers;
		this.laiChau = laiChau;
		this.json = json;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.deployment.embedded()) {
			return;
		}
		Path file = this.deployment.dataDir().resolve("demo.json");
		if (!this.enabled) {
			if (Files.exists(file)) {
				// switched off after it was loaded: its accounts are still there
				this.banner.show();
			}
			return;
		}
		DemoManifest manifest;
		if (this.officers.count() == 0) {
			manifest = this.tx.execute((status) -> this.laiChau.load());
			OwnerOnlyFile.write(file, this.json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
		}
		else if (Files.exists(file)) {
			OwnerOnlyFile.restrict(file);
			manifest = this.json.readValue(file.toFile(), DemoManifest.class);
		}
		else {
			log.warn("Demo data is loaded but {} is missing; delete the data folder to start afresh.", file);
			this.banner.show();
			return;
		}
		this.loaders.loadAll();
		this.loginHelp = (port) -> printLogin(manifest, file, port);
		this.banner.show();
	}

	/**
	 * How to log in, printed once the application is ready: after every module's demo
	 * loader (run at the end of {@link #run}), so that what one sees on logging in is all
	 * there.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		if (this.loginHelp != null) {
			this.loginHelp
				.accept(event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080"));
			this.loginHelp = null;
		}
	}

	/**
	 * Printed on the console, not through the logger: demo passwords are meant to be read
	 * by the person who started the demo and must not end up in log files.
	 */
	private void printLogin(DemoManifest manifest, Path file, String port) {
		StringBuilder out = new StringBuilder(
				"\n=== Cầu Số demo ===\nOpen http://localhost:" + port + "/login and log in as:\n");
		for (DemoManifest.Account account : manifest.accounts()) {
			out.append(String.format("  %-22s %-20s %-15s %s%s%n", account.username(), account.password(),
					account.role(), account.scope(),
					(account.totpSecret() != null) ? "  (TOTP " + account.totpSecret() + ")" : ""));
		}
		out.append("Accounts marked TOTP need a code from an authenticator app set up with that secret.\n")
			.append("All of this, with API tokens, is in ")
			.append(file)
			.append('\n');
		System.out.println(out);
	}

}
