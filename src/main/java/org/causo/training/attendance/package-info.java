/**
 * Attendance: its rows, and walk-ins registered on the spot.
 */
package org.causo.training.attendance;
