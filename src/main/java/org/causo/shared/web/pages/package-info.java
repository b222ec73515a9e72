/** What the modules' page controllers do alike: list pages, refusals shown or flashed. */
package org.causo.shared.web.pages;
