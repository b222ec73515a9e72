/**
 * Reading the registry's lists: WHERE clauses on the shared SqlFilter, keyset paging with
 * an opaque cursor, the skill-missing filter, and enum columns read leniently.
 */
package org.causo.registry.search;
