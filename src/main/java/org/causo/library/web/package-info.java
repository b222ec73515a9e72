/**
 * The law library's pages: the public search and document pages (no login, no JavaScript
 * needed) and the administrators' import with its preview.
 */
package org.causo.library.web;
