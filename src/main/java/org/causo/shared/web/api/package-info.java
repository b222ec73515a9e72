/**
 * What every module's JSON API shares: the page and size of a paged list (read once from
 * the query and described once in the API's documentation) and the answer to an import.
 */
package org.causo.shared.web.api;
