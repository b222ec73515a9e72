package org.causo.library;

/**
 * One document amending or replacing another, named by its number.
 *
 * @param kind amends or replaces
 * @param number the other document's number as written
 * @param documentId the other document, when it is in the library
 */
public record DocumentLink(LinkKind kind, String number, Long documentId) {

}
