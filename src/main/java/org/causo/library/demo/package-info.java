/**
 * The library's part of the demo: real legal documents, imported as an administrator
 * would, a sample code of conduct, and five picture guides written for the project.
 */
package org.causo.library.demo;
