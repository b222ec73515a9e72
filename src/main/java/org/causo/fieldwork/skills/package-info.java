/**
 * Skills reached by residents: the events, their fold into each resident's state (one by
 * one or set-based), the per-hamlet roll-up and the registry's "missing skill" filter.
 */
package org.causo.fieldwork.skills;
