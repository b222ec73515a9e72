package org.causo.training;

/** Who runs a class with the post. */
public enum Organiser {

	POST, TELECOM, YOUTH_UNION, SCHOOL, OTHER

}
