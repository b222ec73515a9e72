package org.causo.library.search;

import java.util.List;

import org.causo.library.DocumentSummary;
import org.causo.library.LawFilter;
import org.causo.library.law.DocumentStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds articles with PostgreSQL full-text search over the folded text (GIN index on
 * {@code law_article.search}). The rank is the cover density of the match (title and
 * document number weigh more than the body, long articles are not favoured for their
 * length), plus a bonus when the words stand together as typed, and a larger one when the
 * query names the document's number: its number part and any of its other parts.
 */
@Component
public class ArticleSearch {

	private static final String SELECT_FROM = """
			select a.position, a.number as article_number, a.title as article_title, a.body, d.numbered_points,
			       d.id, d.number, d.type, d.title, d.signed_on, d.status,
			       ts_rank_cd(a.search, q.query, 1)
			       + case when a.search @@ q.together then 0.5 else 0 end
			       + case when string_to_array(d.number_key, ' ') && cast(:numbers as text[])
			              then 2 * cardinality(array(select unnest(string_to_array(d.number_key, ' '))
			                                          intersect select unnest(cast(:words as text[]))))
			              else 0 end as rank
			from law_article a join law_document d on d.id = a.document_id,
			     (select to_tsquery('simple', :query) as query, to_tsquery('simple', :together) as together) q
			""";

	private static final String REST = """
			and a.search @@ q.query
			order by rank desc, d.signed_on desc, d.id, a.position
			limit :limit
			""";

	private final JdbcClient jdbc;

	ArticleSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The best articles for the query: those with every word, or, when none has them all,
	 * those with any.
	 */
	public List<Found> find(SearchQuery query, LawFilter filter, int limit) {
		List<Found> all = run(query, query.tsquery(false), filter, limit);
		return all.isEmpty() ? run(query, query.tsquery(true), filter, limit) : all;
	}

	private List<Found> run(SearchQuery query, String tsquery, LawFilter filter, int limit) {
		return DocumentStore.where(filter)
			.query(this.jdbc, SELECT_FROM.strip(), REST.strip())
			.param("query", tsquery)
			.param("together", query.adjacent())
			.param("numbers", query.numbers().toArray(String[]::new))
			.param("words", query.words().toArray(String[]::new))
			.param("limit", limit)
			.query((rs, i) -> new Found(DocumentStore.summary(rs), rs.getBoolean("numbered_points"),
					rs.getString("article_number"), rs.getString("article_title"), rs.getString("body"),
					rs.getDouble("rank")))
			.list();
	}

	/**
	 * One article found.
	 *
	 * @param document its document
	 * @param numberedPoints whether the document's parts are points
	 * @param number the article's number
	 * @param title the article's title
	 * @param body the article's text
	 * @param rank how well it matches
	 */
	public record Found(DocumentSummary document, boolean numberedPoints, String number, String title, String body,
			double rank) {

	}

}
