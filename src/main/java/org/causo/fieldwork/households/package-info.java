/**
 * Fieldwork's section of the registry's household page (who looks after it, visits,
 * skills).
 */
package org.causo.fieldwork.households;
