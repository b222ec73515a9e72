/** Visits to households: SQL for the visit, who went and what was taught. */
package org.causo.fieldwork.visits;
