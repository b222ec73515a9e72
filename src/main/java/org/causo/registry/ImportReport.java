package org.causo.registry;

import java.util.List;

/**
 * The outcome of an import or a dry run.
 *
 * @param rows data lines read
 * @param households households in the file
 * @param residents residents in the file
 * @param committed whether the file was saved (never partly)
 * @param errors problems by line and column (at most {@link #MAX_ERRORS})
 * @param errorCount all problems found
 */
public record ImportReport(long rows, long households, long residents, boolean committed, List<LineError> errors,
		long errorCount) {

	public static final int MAX_ERRORS = 1000;

	public ImportReport {
		errors = List.copyOf(errors);
	}

	/**
	 * One problem in the file.
	 *
	 * @param line line number (1 is the header; 0 the whole file)
	 * @param column the column name, or null for the whole line
	 * @param messageKey message key
	 * @param args its arguments
	 */
	public record LineError(long line, String column, String messageKey, Object... args) {

	}

}
