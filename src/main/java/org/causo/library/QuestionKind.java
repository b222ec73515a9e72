package org.causo.library;

/**
 * How a question is answered. A single-choice question has one right option and scores 1
 * or 0. A multiple-choice question may have several right options and gives partial marks
 * as Moodle's multiple-answer question does: each right option chosen adds 1/(right
 * options), each wrong option chosen takes away 1/(wrong options), and the mark is never
 * below 0 (see {@code Marking}).
 */
public enum QuestionKind {

	SINGLE, MULTIPLE

}
