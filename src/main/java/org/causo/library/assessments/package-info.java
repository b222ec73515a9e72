/**
 * Officers' assessments and the residents' self-check: the question bank, quizzes drawn
 * from it, attempts and their marks, Moodle's item statistics, and anonymous counts.
 */
package org.causo.library.assessments;
