/**
 * The library's part of the demo: real legal documents and a sample code of conduct,
 * imported as an administrator would.
 */
package org.causo.library.demo;
