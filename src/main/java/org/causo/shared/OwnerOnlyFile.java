package org.causo.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files under the data folder that hold secrets (the master key, the embedded database's
 * password, the demo's passwords): readable and writable by their owner only (0600), from
 * the moment they exist, never world-readable even for an instant.
 */
public final class OwnerOnlyFile {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private OwnerOnlyFile() {
	}

	/** Writes the text to a new 0600 file beside the target, then moves it into place. */
	public static void write(Path file, String text) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = posix(dir)
				? Files.createTempFile(dir, ".new-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
				: Files.createTempFile(dir, ".new-", ".tmp");
		try {
			Files.writeString(temp, text, StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * Makes an existing file owner-only: files written by earlier versions were left with
	 * the default umask (often 0644).
	 */
	public static void restrict(Path file) throws IOException {
		if (Files.exists(file) && posix(file.toAbsolutePath().getParent())
				&& !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	private static boolean posix(Path dir) {
		// not a POSIX file system (Windows): the data folder's own permissions apply
		return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
