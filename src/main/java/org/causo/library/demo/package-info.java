/**
 * The library's part of the demo: real legal documents, imported as an administrator
 * would.
 */
package org.causo.library.demo;
