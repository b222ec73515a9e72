package org.causo.demo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.causo.shared.DemoLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The demo loaders run in the order of the module map, whatever order Spring finds them.
 */
class DemoLoadersTests {

	@Test
	void loadersRunInTheOrderOfTheModuleMap() {
		List<String> ran = new ArrayList<>();
		DemoLoaders loaders = new DemoLoaders(List.of(loader("fieldwork", ran), loader("registry", ran),
				loader("devices", ran), loader("training", ran)));
		loaders.loadAll();
		assertThat(ran).containsExactly("registry", "training", "devices", "fieldwork");
	}

	@Test
	void aLoaderOfAModuleMissingFromTheOrderStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new DemoLoaders(List.of(loader("weather", new ArrayList<>()))))
			.withMessageContaining("weather")
			.withMessageContaining("DemoLoaders.ORDER");
	}

	@Test
	void aLoaderBelongsToTheModuleOfItsPackage() {
		DemoLoader here = () -> {
		};
		assertThat(here.module()).isEqualTo("demo");
	}

	private static DemoLoader loader(String module, List<String> ran) {
		return new DemoLoader() {

			@Override
			public void load() {
				ran.add(module);
			}

			@Override
			public String module() {
				return module;
			}

		};
	}

}
