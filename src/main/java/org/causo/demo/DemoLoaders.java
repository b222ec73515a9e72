package org.causo.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.causo.shared.DemoLoader;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Every module's demo loader, run in one fixed order after the org units, posts and
 * accounts: a module's demo after the demos of the modules it reads (training and devices
 * draw on the registry's households; fieldwork on the registry and the classes' marks). A
 * loader of a module missing from this list stops the start, so a new module's demo
 * cannot run at an accidental place. Each loader runs in its own transaction, so a
 * module's part is loaded whole or not at all, and is timed here, in one log line a
 * module.
 */
@Component
class DemoLoaders {

	/** The order of the module map, dependencies first. */
	static final List<String> ORDER = List.of("registry", "training", "devices", "fieldwork", "languages", "library");

	private static final Logger log = LoggerFactory.getLogger(DemoLoaders.class);

	private final List<DemoLoader> loaders;

	private final TransactionOperations tx;

	DemoLoaders(List<DemoLoader> loaders, TransactionOperations tx) {
		this.tx = tx;
		for (DemoLoader loader : loaders) {
			if (!ORDER.contains(loader.module())) {
				throw new IllegalStateException(
						"The demo loader " + loader.getClass().getName() + " belongs to module '" + loader.module()
								+ "', which is not in DemoLoaders.ORDER " + ORDER + "; add it there.");
			}
		}
		this.loaders = loaders.stream().sorted(Comparator.comparingInt((l) -> ORDER.indexOf(l.module()))).toList();
	}

	/** Runs each module's loader in order, but those whose part is there. */
	void loadAll() {
		for (DemoLoader loader : this.loaders) {
			if (loader.loaded()) {
				log.debug("Demo of {} already loaded", loader.module());
				continue;
			}
			long started = System.nanoTime();
			String loaded = this.tx.execute((status) -> loader.load());
			log.info("Demo of {} loaded in {} ms: {}", loader.module(), (System.nanoTime() - started) / 1_000_000,
					loaded);
		}
	}

	List<String> modules() {
		return this.loaders.stream().map(DemoLoader::module).toList();
	}

}
