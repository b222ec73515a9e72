package org.causo.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.causo.audit.AuditTrail;
import org.causo.registry.ImportJob;
import org.causo.registry.ImportReport;
import org.causo.registry.ImportReport.LineError;
import org.causo.shared.Actor;
import org.causo.shared.CurrentActor;
import org.causo.shared.NotFoundException;
import org.causo.shared.db.Deployment;
import org.causo.shared.web.Allowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports from the import page, as background jobs: the upload waits in the data folder,
 * is checked (every problem kept, by line and column), and saved all or nothing when the
 * officer asks; the page follows the job's row. One job runs at a time per node; the
 * others wait their turn. Only the officer who uploaded a file sees its job.
 */
@Service
public class ImportJobs {

	/** Problems kept for the page (the API keeps 1,000). */
	public static final int MAX_ERRORS = 100_000;

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final RegistryImport imports;

	private final ImportJobStore store;

	private final AuditTrail audit;

	private final Path folder;

	private final ExecutorService runner = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());

	ImportJobs(RegistryImport imports, ImportJobStore store, AuditTrail audit, Deployment deployment) {
		this.imports = imports;
		this.store = store;
		this.audit = audit;
		this.folder = deployment.dataDir().resolve("imports");
	}

	/**
	 * Takes an uploaded file ({@code save} writes it to the path given) and starts its
	 * check.
	 */
	@PreAuthorize(Allowed.COMMAND)
	public UUID check(String fileName, Upload save) throws IOException {
		Actor actor = CurrentActor.get().orElseThrow();
		UUID id = UUID.randomUUID();
		Files.createDirectories(this.folder);
		Path file = file(id);
		save.to(file);
		String name = (fileName == null) ? null : fileName.substring(0, Math.min(200, fileName.length()));
		this.store.create(id, actor.officerId(), actor.username(), name, Files.size(file));
		start(id, true);
		return id;
	}

	/** Saves a file that was checked without a problem, checking it again as it goes. */
	@PreAuthorize(Allowed.COMMAND)
	public ImportJob save(UUID id) {
		ImportJob job = get(id);
		if (!job.canSave() || !Files.exists(file(id))) {
			return job;
		}
		this.store.status(id, "SAVING");
		start(id, false);
		return get(id);
	}

	@PreAuthorize(Allowed.COMMAND)
	public ImportJob get(UUID id) {
		Long officer = CurrentActor.get().map(Actor::officerId).orElse(null);
		ImportJob job = this.store.find(id, officer).orElseThrow(() -> new NotFoundException("import"));
		if (job.canSave() && !Files.exists(file(id))) {
			// checked, but not saved within a day: ImportCleanup deleted the file
			return new ImportJob(job.id(), job.fileName(), job.fileBytes(), "EXPIRED", job.bytesRead(), job.linesRead(),
					job.households(), job.residents(), job.errorCount(), job.stale());
		}
		return job;
	}

	@PreAuthorize(Allowed.COMMAND)
	public List<LineError> errors(UUID id, int from, int size) {
		get(id);
		return this.store.errors(id, Math.max(0, from), Math.min(Math.max(size, 1), 500));
	}

	private void start(UUID id, boolean dryRun) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Actor actor = CurrentActor.get().orElseThrow();
		this.runner.execute(() -> {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(auth);
			SecurityContextHolder.setContext(context);
			try {
				run(id, actor, dryRun);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
	}

	private void run(UUID id, Actor actor, boolean dryRun) {
		boolean keep = false;
		try (InputStream in = Files.newInputStream(file(id))) {
			long[] last = { 0 };
			ImportReport report = this.imports.run(actor.scope(), in, dryRun, false, MAX_ERRORS, (lines, bytes) -> {
				long now = System.nanoTime();
				if (now - last[0] > 500_000_000L) {
					last[0] = now;
					this.store.progress(id, lines, bytes);
				}
			});
			// only a file that can still be saved is kept (ImportCleanup deletes it after
			// a day): one with problems must be corrected and uploaded again anyway
			keep = !report.committed() && report.errorCount() == 0;
			this.store.finish(id, report.committed() ? "SAVED" : "CHECKED", report);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Import job {} failed", id, ex);
			this.store.status(id, "FAILED");
			this.audit.record("REGISTRY_IMPORT_FAILED", "import", id, null);
		}
		finally {
			if (!keep) {
				delete(id);
			}
		}
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		this.runner.shutdownNow();
	}

	private void delete(UUID id) {
		try {
			Files.deleteIfExists(file(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path file(UUID id) {
		return this.folder.resolve(id + ".csv");
	}

	/** Writes an uploaded file to the path it is given. */
	@FunctionalInterface
	public interface Upload {

		void to(Path file) throws IOException;

	}

}
