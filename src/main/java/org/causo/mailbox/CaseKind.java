package org.causo.mailbox;

/** How a case is counted in the figures: major or other. */
public enum CaseKind {

	MAJOR, OTHER

}
