package org.causo.library;

/**
 * What the public search is narrowed to, each part optional: a type, an issuer, the year
 * a document was signed, its status.
 *
 * @param type the documents' type, or null for any
 * @param issuer who issued them, as written, or null for anyone
 * @param year the year they were signed, or null for any
 * @param status whether they apply, or null for any
 */
public record LawFilter(DocumentType type, String issuer, Integer year, DocumentStatus status) {

	/** No narrowing: every document. */
	public static final LawFilter NONE = new LawFilter(null, null, null, null);

	public boolean isEmpty() {
		return equals(NONE);
	}

	/**
	 * What the filters offer: the issuers and the years the library holds.
	 *
	 * @param issuers every issuer, in order
	 * @param years every year a document was signed, latest first
	 */
	public record Choices(java.util.List<String> issuers, java.util.List<Integer> years) {

	}

}
