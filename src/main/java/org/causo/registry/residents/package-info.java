/**
 * Residents as stored: their SQL, their membership history, where they live, and the
 * rules a resident's draft and move must pass.
 */
package org.causo.registry.residents;
