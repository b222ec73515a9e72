package org.causo.library;

import java.time.LocalDate;
import java.util.List;

/**
 * What a legal document is, apart from its text: what the import detects and the
 * administrator checks before saving.
 *
 * @param number its number as written ("57-NQ/TW")
 * @param type law, resolution, decree …
 * @param title what it is about
 * @param issuer who issued it
 * @param signedOn the day it was signed
 * @param effectiveOn the day it takes effect, if known
 * @param status in force, amended or repealed
 * @param source where the text comes from
 * @param links the documents it amends or replaces
 */
public record DocumentDetails(String number, DocumentType type, String title, String issuer, LocalDate signedOn,
		LocalDate effectiveOn, DocumentStatus status, String source, List<DocumentLink> links) {

	public DocumentDetails {
		links = (links != null) ? List.copyOf(links) : List.of();
	}

}
