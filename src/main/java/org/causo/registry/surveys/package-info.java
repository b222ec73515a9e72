/**
 * Household surveys as stored: the dated answers of a household survey, one row per
 * question.
 */
package org.causo.registry.surveys;
