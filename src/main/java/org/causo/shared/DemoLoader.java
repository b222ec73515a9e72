package org.causo.shared;

/**
 * One module's part of the demo. The demo module runs every loader once per start, on the
 * embedded database with the demo switched on, in the order of its module list (a
 * module's demo after the demos of the modules it reads). A loader that finds its part
 * already loaded does nothing. Loaders live in their module's {@code demo} package.
 */
public interface DemoLoader {

	/** Loads this module's demo, unless it is already there. */
	void load();

	/** The module this loader belongs to: the package segment after {@code org.causo}. */
	default String module() {
		String[] parts = getClass().getPackageName().split("\\.");
		return (parts.length > 2) ? parts[2] : "";
	}

}
