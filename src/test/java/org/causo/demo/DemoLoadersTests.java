package org.causo.demo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.causo.shared.DemoLoader;

import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

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
				loader("devices", ran), loader("training", ran)), TransactionOperations.withoutTransaction());
		loaders.loadAll();
		assertThat(ran).containsExactly("registry", "training", "devices", "fieldwork");
	}

	@Test
	void aLoaderWhosePartIsLoadedIsSkipped() {
		List<String> ran = new ArrayList<>();
		DemoLoader there = new DemoLoader() {

			@Override
			public boolean loaded() {
				return true;
			}

			@Override
			public String load() {
				ran.add("devices");
				return "";
			}

			@Override
			public String module() {
				return "devices";
			}

		};
		new DemoLoaders(List.of(there, loader("registry", ran)), TransactionOperations.withoutTransaction()).loadAll();
		assertThat(ran).containsExactly("registry");
	}

	@Test
	void eachLoaderRunsInItsOwnTransaction() {
		List<String> ran = new ArrayList<>();
		TransactionOperations counting = new TransactionOperations() {

			@Override
			public <T> T execute(TransactionCallback<T> action) {
				ran.add("begin");
				T result = action.doInTransaction(new SimpleTransactionStatus());
				ran.add("commit");
				return result;
			}

		};
		new DemoLoaders(List.of(loader("training", ran), loader("registry", ran)), counting).loadAll();
		assertThat(ran).containsExactly("begin", "registry", "commit", "begin", "training", "commit");
	}

	@Test
	void aLoaderOfAModuleMissingFromTheOrderStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new DemoLoaders(List.of(loader("weather", new ArrayList<>())),
					TransactionOperations.withoutTransaction()))
			.withMessageContaining("weather")
			.withMessageContaining("DemoLoaders.ORDER");
	}

	@Test
	void aLoaderBelongsToTheModuleOfItsPackage() {
		DemoLoader here = () -> "";
		assertThat(here.module()).isEqualTo("demo");
	}

	private static DemoLoader loader(String module, List<String> ran) {
		return new DemoLoader() {

			@Override
			public String load() {
				ran.add(module);
				return module;
			}

			@Override
			public String module() {
				return module;
			}

		};
	}

}
