/**
 * Upkeep of Spring Modulith's event publication registry: module events whose listener
 * did not complete run again, and completed ones are forgotten after a while.
 */
package org.causo.shared.events;
