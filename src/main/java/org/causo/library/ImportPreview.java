package org.causo.library;

/**
 * What an import found in a text, shown before anything is saved.
 *
 * @param details what the header says: number, type, title, date, issuer (a suggestion to
 * check)
 * @param text the chapters and articles found
 */
public record ImportPreview(DocumentDetails details, DocumentText text) {

}
