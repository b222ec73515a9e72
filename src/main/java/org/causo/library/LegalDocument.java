package org.causo.library;

import java.util.List;

/**
 * A legal document in the library, with its text and the documents that act on it.
 *
 * @param id its id
 * @param details number, type, issuer, dates, status, source, links it makes
 * @param text its chapters and articles
 * @param actedOnBy the documents that amend or replace this one
 */
public record LegalDocument(long id, DocumentDetails details, DocumentText text, List<DocumentLink> actedOnBy) {

}
