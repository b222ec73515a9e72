/**
 * Helpers that the modules' stores share when they write rows: what is the same in every
 * store, so that each store keeps only its own SQL.
 */
package org.causo.shared.db.stores;
