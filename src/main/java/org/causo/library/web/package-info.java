/**
 * The library's pages: the public law search, law documents, guides and code of conduct
 * (no login, no JavaScript needed), the administrators' imports with their preview, the
 * guides' editor, the read marks and the command's list of who has read the code.
 */
package org.causo.library.web;
