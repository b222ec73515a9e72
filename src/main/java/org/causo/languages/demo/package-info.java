/** The languages demo: Hmong added, with nothing translated yet. */
package org.causo.languages.demo;
