package org.causo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of DESIGN.md keep their boundaries: each talks to another only through its
 * public face. The test also keeps the module diagrams in docs/modules up to date.
 */
class ModularityTests {

	private static final Path DOCS = Path.of("docs", "modules");

	private final ApplicationModules modules = ApplicationModules.of(CausoApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	/**
	 * Writes the diagrams to target/ first and copies a file into docs/ only when its
	 * content changed, since the generator does not always emit lines in the same order.
	 */
	@Test
	void writesTheModuleDiagramIntoTheDocs() throws IOException {
		Path generated = Path.of("target", "modulith-docs");
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Files.createDirectories(DOCS);
		try (Stream<Path> files = Files.list(generated)) {
			for (Path file : files.toList()) {
				Path target = DOCS.resolve(file.getFileName());
				if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(file))) {
					Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(String::strip).sorted().toList();
	}

}
