/**
 * The law library's pages: the public search and document pages (no login, no JavaScript
 * needed) and the administrators' import with its preview; the public guides and their
 * editor.
 */
package org.causo.library.web;
