package org.causo.fieldwork;

/**
 * The answer to an assignment: the stored fact and the member's load, with its warning.
 *
 * @param assignment the assignment
 * @param load the member's households now
 * @param warning BELOW (fewer than 3), ABOVE (more than 5) or null
 */
public record Assigned(AssignmentView assignment, Load load, String warning) {

}
