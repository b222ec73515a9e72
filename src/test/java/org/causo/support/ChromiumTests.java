package org.causo.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the build finds Chromium, without touching the machine's own: the install is never
 * run here (it would need a machine without Chromium), only its commands are checked.
 */
class ChromiumTests {

	@TempDir
	Path dir;

	@Test
	void theFirstUsualPlaceThatExistsIsUsed() throws Exception {
		Path missing = this.dir.resolve("chromium");
		Path present = executable("chromium-browser");
		assertThat(Chromium.find(null, List.of(missing, present))).contains(present);
	}

	@Test
	void aConfiguredPathIsTheOnlyOneLookedAt() throws Exception {
		Path present = executable("chromium");
		assertThat(Chromium.find(this.dir.resolve("my-chromium").toString(), List.of(present))).isEmpty();
		assertThat(Chromium.find(present.toString(), List.of())).contains(present);
	}

	@Test
	void withNoChromiumTheMessageNamesTheCommandToRun() {
		List<Path> places = List.of(this.dir.resolve("chromium"), this.dir.resolve("chromium-browser"));
		assertThat(Chromium.find(null, places)).isEmpty();
		assertThat(Chromium.notFound(null, places))
			.contains(this.dir.resolve("chromium").toString(), this.dir.resolve("chromium-browser").toString())
			.contains("Install it with: sudo apt-get update && sudo apt-get install -y chromium")
			.contains("-Dcauso.chromium=");
		assertThat(Chromium.notFound("/opt/none/chromium", places)).contains("/opt/none/chromium")
			.contains("is not an executable file");
	}

	@Test
	void theBuildInstallsOnlyAsRootWithAptGet() throws Exception {
		Path aptGet = executable("apt-get");
		assertThat(Chromium.canInstall(true, aptGet)).isTrue();
		assertThat(Chromium.canInstall(false, aptGet)).as("not root").isFalse();
		assertThat(Chromium.canInstall(true, this.dir.resolve("no-apt-get"))).as("not Debian").isFalse();
	}

	@Test
	void theInstallUpdatesTheIndexThenInstallsDebiansPackageWithoutQuestions() {
		assertThat(Chromium.installCommands()).containsExactly(List.of("apt-get", "update", "-qq"),
				List.of("apt-get", "install", "-y", "-qq", "chromium"));
		assertThat(Chromium.APT_GET).isEqualTo(Path.of("/usr/bin/apt-get"));
	}

	private Path executable(String name) throws Exception {
		Path file = Files.writeString(this.dir.resolve(name), "#!/bin/sh\n");
		assertThat(file.toFile().setExecutable(true)).isTrue();
		return file;
	}

}
