/**
 * The demo's support teams, assignments, visits and skills reached, loaded set-based
 * through the product's stores and its set-based skill fold (demo mode only).
 */
package org.causo.fieldwork.demo;
