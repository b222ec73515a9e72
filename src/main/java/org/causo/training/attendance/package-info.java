/**
 * The roll: its rows, walk-ins registered on the spot, attendees' names from the
 * registry.
 */
package org.causo.training.attendance;
