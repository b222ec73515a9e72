/**
 * The code of conduct: its versions and sections (read from pasted text with the law
 * library's parser) and the officers' read marks.
 */
package org.causo.library.conduct;
