package org.causo.shared;

/**
 * One module's part of the demo. The demo module runs every loader once per start, on the
 * embedded database with the demo switched on, in the order of its module list (a
 * module's demo after the demos of the modules it reads); it skips a loader whose part is
 * already loaded, and runs the others each in one transaction, timed, with one log line
 * of what they loaded. Loaders live in their module's {@code demo} package.
 */
@FunctionalInterface
public interface DemoLoader {

	/**
	 * Whether there is nothing to load: this module's part is there already (the demo
	 * loads once), or what it builds on is not.
	 */
	default boolean loaded() {
		return false;
	}

	/**
	 * Loads this module's part and says what it loaded, for the log line: {@code 40
	 * classes, 2100 attendances}.
	 */
	String load();

	/** The module this loader belongs to: the package segment after {@code org.causo}. */
	default String module() {
		String[] parts = getClass().getPackageName().split("\\.");
		return (parts.length > 2) ? parts[2] : "";
	}

}
