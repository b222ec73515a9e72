package org.causo.library;

import java.time.LocalDate;

/**
 * A document in a list.
 *
 * @param id its id
 * @param number its number
 * @param type its type
 * @param title its title
 * @param signedOn when it was signed
 * @param status whether it applies
 */
public record DocumentSummary(long id, String number, DocumentType type, String title, LocalDate signedOn,
		DocumentStatus status) {

}
