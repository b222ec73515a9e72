package org.causo.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Chromium the browser tests drive, so that the README's {@code ./mvnw verify}
 * is all the set-up a fresh machine needs: Debian's {@code chromium} (or
 * {@code chromium-browser}), or the path in {@code -Dcauso.chromium=…} or
 * {@code CAUSO_CHROMIUM}. Where none is there and the build runs as root on a machine
 * with apt-get, it installs Debian's package once (a file lock keeps parallel builds to
 * one install); elsewhere it fails with one message naming the command to run.
 */
final class Chromium {

	static final List<Path> USUAL_PLACES = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

	static final Path APT_GET = Path.of("/usr/bin/apt-get");

	static final String INSTALL_HINT = "sudo apt-get update && sudo apt-get install -y chromium";

	private Chromium() {
	}

	/** The executable, installed first if it can be. Called once per JVM by Browser. */
	static Path executable() {
		String configured = Optional.ofNullable(System.getProperty("causo.chromium"))
			.orElse(System.getenv("CAUSO_CHROMIUM"));
		Optional<Path> found = find(configured, USUAL_PLACES);
		if (found.isPresent()) {
			return found.get();
		}
		if (configured == null && canInstall("root".equals(System.getProperty("user.name")), APT_GET)) {
			install();
			found = find(null, USUAL_PLACES);
		}
		return found.orElseThrow(() -> new IllegalStateException(notFound(configured, USUAL_PLACES)));
	}

	/**
	 * The configured path if given (and only it), else the first usual place that exists.
	 */
	static Optional<Path> find(String configured, List<Path> places) {
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		return places.stream().filter(Files::isExecutable).findFirst();
	}

	static boolean canInstall(boolean root, Path aptGet) {
		return root && Files.isExecutable(aptGet);
	}

	/** What the build runs as root, in order. */
	static List<List<String>> installCommands() {
		return List.of(List.of("apt-get", "update", "-qq"), List.of("apt-get", "install", "-y", "-qq", "chromium"));
	}

	static String notFound(String configured, List<Path> places) {
		if (configured != null && !configured.isBlank()) {
			return "Chromium for the browser tests: " + configured
					+ " (from causo.chromium / CAUSO_CHROMIUM) is not an executable file";
		}
		return "Chromium for the browser tests is not installed (looked for "
				+ String.join(", ", places.stream().map(Path::toString).toList()) + "). Install it with: "
				+ INSTALL_HINT + " (or point -Dcauso.chromium=/path/to/chromium at another one)";
	}

	private static void install() {
		Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "causo-chromium-install.lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			if (find(null, USUAL_PLACES).isPresent()) {
				return; // another build installed it while this one waited
			}
			System.out.println("Chromium is not installed: installing Debian's package for the browser tests ("
					+ String.join(" && ", installCommands().stream().map((c) -> String.join(" ", c)).toList()) + ")");
			java.io.File log = Files.createDirectories(Path.of("target")).resolve("chromium-install.log").toFile();
			for (List<String> command : installCommands()) {
				ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
				process.environment().putAll(Map.of("DEBIAN_FRONTEND", "noninteractive"));
				int exit = process.start().waitFor();
				if (exit != 0) {
					throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit + ", see " + log
							+ "). Install it with: " + INSTALL_HINT);
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not install Chromium. Install it with: " + INSTALL_HINT, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while installing Chromium", ex);
		}
	}

}
