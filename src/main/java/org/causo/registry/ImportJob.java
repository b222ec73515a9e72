package org.causo.registry;

import java.util.UUID;

/**
 * An import started from the import page: checked first, saved on request, followed by
 * the page while it runs.
 *
 * @param id id
 * @param fileName the uploaded file's name
 * @param fileBytes its size
 * @param status CHECKING, CHECKED, SAVING, SAVED, FAILED, or EXPIRED (never stored:
 * checked, but not saved within a day, so the file was deleted)
 * @param bytesRead bytes read so far
 * @param linesRead data lines read so far
 * @param households households in the file (when checked)
 * @param residents residents in the file (when checked)
 * @param errorCount problems found
 * @param stale no sign of life for ten minutes (the node stopped): shown as failed
 */
public record ImportJob(UUID id, String fileName, long fileBytes, String status, long bytesRead, long linesRead,
		long households, long residents, long errorCount, boolean stale) {

	/** Still checking or saving. */
	public boolean running() {
		return !this.stale && (this.status.equals("CHECKING") || this.status.equals("SAVING"));
	}

	/** Checked without a single problem: can be saved. */
	public boolean canSave() {
		return !this.stale && this.status.equals("CHECKED") && this.errorCount == 0;
	}

	/** Checked, but not saved in time: the file is gone and must be uploaded again. */
	public boolean expired() {
		return this.status.equals("EXPIRED");
	}

	public boolean failed() {
		return this.stale || this.status.equals("FAILED");
	}

	/** How far the file has been read, 0–100. */
	public int percent() {
		return (this.fileBytes <= 0) ? 100 : (int) Math.min(100, this.bytesRead * 100 / this.fileBytes);
	}

}
