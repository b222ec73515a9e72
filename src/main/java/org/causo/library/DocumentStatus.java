package org.causo.library;

/** Whether a legal document still applies as written. */
public enum DocumentStatus {

	IN_FORCE, AMENDED, REPEALED

}
