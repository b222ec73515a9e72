/**
 * Reading a legal text: from text, Markdown or HTML to paragraphs, then to chapters and
 * articles, and what its header says (number, type, date, issuer).
 */
package org.causo.library.importing;
