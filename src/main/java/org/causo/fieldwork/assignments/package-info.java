/**
 * Households given to members: SQL, the 3–5 rule and its override, and the assignments as
 * shown (names, a team's board).
 */
package org.causo.fieldwork.assignments;
