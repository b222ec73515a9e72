package org.causo.registry.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.causo.shared.db.Deployment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Import files hold names, phones and national IDs in clear, so none outlives its use: a
 * file checked but never saved is deleted after a day (its job then reads as expired),
 * and what an interrupted upload left in {@code imports/incoming} after an hour. Saved
 * and failed files are deleted at once by the job itself. Every node may run it: deleting
 * a file that another node already deleted changes nothing.
 */
@Component
class ImportCleanup {

	private final Path folder;

	private final Clock clock;

	private final Duration unsaved;

	private final Duration incoming;

	ImportCleanup(Deployment deployment, Clock clock,
			@Value("${causo.registry.import.unsaved-max-age:P1D}") Duration unsaved,
			@Value("${causo.registry.import.incoming-max-age:PT1H}") Duration incoming) {
		this.folder = deployment.dataDir().resolve("imports");
		this.clock = clock;
		this.unsaved = unsaved;
		this.incoming = incoming;
	}

	@Scheduled(cron = "${causo.registry.import.cleanup-cron:0 41 * * * *}")
	void deleteOldFiles() {
		Instant now = this.clock.instant();
		olderThan(this.folder, now.minus(this.unsaved)).forEach(ImportCleanup::delete);
		olderThan(this.folder.resolve("incoming"), now.minus(this.incoming)).forEach(ImportCleanup::delete);
	}

	/** The files right in this folder last written before {@code cutoff}. */
	private static List<Path> olderThan(Path folder, Instant cutoff) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).filter((f) -> writtenBefore(f, cutoff)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean writtenBefore(Path file, Instant cutoff) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
		}
		catch (IOException ex) {
			// gone meanwhile
			return false;
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
