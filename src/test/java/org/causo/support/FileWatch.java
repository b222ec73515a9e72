package org.causo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Names of the files created in a folder while something runs, even those deleted again
 * before it ends (a temporary file that is removed on close leaves no trace to scan
 * afterwards, but the kernel still reports its creation).
 */
public final class FileWatch {

	private FileWatch() {
	}

	/** The names of the entries created in {@code folder} while {@code action} ran. */
	public static List<String> createdDuring(Path folder, Runnable action) {
		try (WatchService watch = FileSystems.getDefault().newWatchService()) {
			Files.createDirectories(folder);
			WatchKey key = folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
			action.run();
			// the kernel reports events in order: once our own sentinel is seen, every
			// creation during the action has been seen too
			Path sentinel = Files.createTempFile(folder, "filewatch-", ".sentinel");
			String sentinelName = sentinel.getFileName().toString();
			List<String> created = new ArrayList<>();
			try {
				boolean seen = false;
				while (!seen) {
					WatchKey ready = watch.poll(30, TimeUnit.SECONDS);
					if (ready == null) {
						throw new IllegalStateException("no file event from " + folder);
					}
					for (WatchEvent<?> event : ready.pollEvents()) {
						String name = (event.kind() == StandardWatchEventKinds.OVERFLOW) ? "(too many events to tell)"
								: event.context().toString();
						if (name.equals(sentinelName)) {
							seen = true;
						}
						else {
							created.add(name);
						}
					}
					ready.reset();
				}
			}
			finally {
				Files.deleteIfExists(sentinel);
				key.cancel();
			}
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The readable files under {@code root} changed since {@code since} (a few levels
	 * deep, unreadable folders skipped) that hold any of the needles.
	 */
	public static List<Path> filesHolding(Path root, Instant since, List<byte[]> needles) {
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(root, Set.of(), 4, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile() && attributes.size() < 64L * 1024 * 1024
							&& attributes.lastModifiedTime().toInstant().isAfter(since) && holds(file, needles)) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	private static boolean holds(Path file, List<byte[]> needles) {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
		String haystack = new String(content, StandardCharsets.ISO_8859_1);
		return needles.stream().anyMatch((n) -> haystack.contains(new String(n, StandardCharsets.ISO_8859_1)));
	}

}
