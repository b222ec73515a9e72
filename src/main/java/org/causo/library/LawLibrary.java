package org.causo.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.causo.library.LawResults.ArticleHit;
import org.causo.library.LawResults.DocumentHits;
import org.causo.library.law.DocumentStore;
import org.causo.library.search.ArticleSearch;
import org.causo.library.search.ArticleSearch.Found;
import org.causo.library.search.SearchQuery;
import org.causo.library.search.Snippets;
import org.causo.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The law library as anyone reads it, without logging in: search by words, phrases or
 * number, whatever the diacritics, and each document with its chapters and articles.
 */
@Service
@Transactional(readOnly = true)
public class LawLibrary {

	/** The most articles a search returns. */
	static final int MAX_ARTICLES = 50;

	private final DocumentStore documents;

	private final ArticleSearch search;

	LawLibrary(DocumentStore documents, ArticleSearch search) {
		this.documents = documents;
		this.search = search;
	}

	public LawResults search(String typed) {
		return search(typed, LawFilter.NONE);
	}

	/** The articles that match the query, among the documents the filter keeps. */
	public LawResults search(String typed, LawFilter filter) {
		SearchQuery query = SearchQuery.parse(typed);
		if (query.isEmpty()) {
			return new LawResults(typed, List.of());
		}
		Map<Long, List<ArticleHit>> byDocument = new LinkedHashMap<>();
		Map<Long, Found> first = new LinkedHashMap<>();
		for (Found found : this.search.find(query, filter, MAX_ARTICLES)) {
			long id = found.document().id();
			first.putIfAbsent(id, found);
			byDocument.computeIfAbsent(id, (k) -> new ArrayList<>())
				.add(new ArticleHit(found.number(), found.title(),
						DocumentText.anchor(found.number(), found.numberedPoints()),
						Snippets.of(found.body(), query.words()), found.rank()));
		}
		List<DocumentHits> hits = new ArrayList<>();
		byDocument.forEach((id, articles) -> hits
			.add(new DocumentHits(first.get(id).document(), first.get(id).numberedPoints(), articles)));
		return new LawResults(typed, hits);
	}

	public LegalDocument document(long id) {
		return this.documents.find(id).orElseThrow(() -> new NotFoundException("legal document " + id));
	}

	/** The documents signed last, for the library's front page. */
	public List<DocumentSummary> recent(int limit) {
		return this.documents.recent(LawFilter.NONE, limit);
	}

	/** The documents the filter keeps, signed last first. */
	public List<DocumentSummary> documents(LawFilter filter, int limit) {
		return this.documents.recent(filter, limit);
	}

	/** What the search's filters offer. */
	public LawFilter.Choices filterChoices() {
		return this.documents.choices();
	}

	/** Whether the document exists, without reading its text. */
	public boolean exists(long id) {
		return this.documents.exists(id);
	}

}
