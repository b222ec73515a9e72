package org.causo.library;

import java.util.List;

/**
 * What a search found: articles, one result each, grouped by document, the best document
 * first and, inside it, the best article first.
 *
 * @param query the query as typed
 * @param documents the documents found
 */
public record LawResults(String query, List<DocumentHits> documents) {

	public int articles() {
		return this.documents.stream().mapToInt((d) -> d.articles().size()).sum();
	}

	/**
	 * The articles found in one document.
	 *
	 * @param document the document
	 * @param numberedPoints whether its parts are points rather than articles
	 * @param articles the articles found, best first
	 */
	public record DocumentHits(DocumentSummary document, boolean numberedPoints, List<ArticleHit> articles) {

	}

	/**
	 * One article found.
	 *
	 * @param number its number
	 * @param title its title
	 * @param anchor its anchor on the document's page
	 * @param snippet a short passage around the first match, in parts
	 * @param rank how well it matches (higher is better)
	 */
	public record ArticleHit(String number, String title, String anchor, List<Snippet> snippet, double rank) {

	}

	/**
	 * A piece of a snippet, marked when it matches the query.
	 *
	 * @param text the text
	 * @param match whether it matches
	 */
	public record Snippet(String text, boolean match) {

	}

}
