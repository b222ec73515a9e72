package org.causo.library.search;

import java.util.List;

import org.causo.library.DocumentSummary;
import org.causo.library.LawFilter;
import org.causo.library.law.DocumentStore;
import org.causo.shared.db.SqlFilter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds articles with PostgreSQL full-text search over the folded text (GIN index on
 * {@code law_article.search}). The rank is the cover density of the match (title and
 * document number weigh more than the body, long articles are not favoured for their
 * length), plus a bonus when the words stand together as typed, and a larger one when the
 * query names the document's number: its number part and any of its other parts.
 * <p>
 * Ranking reads each candidate's whole tsvector (4 KB on average, out of line), so the
 * rank is computed on a bounded set: every match when there are at most {@link #EXACT}
 * (then the order is exact), else, for words found in much of the library, the
 * {@link #CANDIDATES} newest matches and the newest matches in documents whose number the
 * query names; the index finds both without reading every match.
 */
@Component
public class ArticleSearch {

	/** At most this many matches are all ranked; beyond, the candidates are. */
	static final int EXACT = 300;

	/** How many of the newest matches, and of those by number, a common query ranks. */
	static final int CANDIDATES = 150;

	/** How many documents named by number, the newest, a common query ranks. */
	static final int NUMBERED = 50;

	private static final String MATCHES = """
			from law_article a join law_document d on d.id = a.document_id%s and a.search @@ to_tsquery('simple', :query)
			""";

	private static final String NEWEST = " order by d.signed_on desc, d.id, a.position limit :candidates";

	private static final String RANKED = """
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
			where a.id = any(cast(:ids as bigint[]))
			order by rank desc, d.signed_on desc, d.id, a.position
			limit :limit
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Bounds bounds;

	@Autowired
	ArticleSearch(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this(jdbc, transactions, new Bounds(EXACT, CANDIDATES, NUMBERED));
	}

	/** With other bounds: a test shows the candidates on the small demo library. */
	ArticleSearch(JdbcClient jdbc, PlatformTransactionManager transactions, Bounds bounds) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setReadOnly(true);
		this.bounds = bounds;
	}

	/**
	 * The best articles for the query: those with every word, or, when none has them all,
	 * those with any.
	 */
	public List<Found> find(SearchQuery query, LawFilter filter, int limit) {
		return this.transaction.execute((status) -> {
			// the driver prepares a statement run often, and PostgreSQL may then plan it
			// once
			// for any query: blind to how common the words are, that plan reads every
			// match
			// (0.4 s for "xã" at 100,000 articles instead of 30 ms); planned for each
			// query's
			// words, the date-ordered read stops early
			this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
			List<Found> all = run(query, query.tsquery(false), filter, limit);
			return all.isEmpty() ? run(query, query.tsquery(true), filter, limit) : all;
		});
	}

	private List<Found> run(SearchQuery query, String tsquery, LawFilter filter, int limit) {
		SqlFilter where = DocumentStore.where(filter);
		String matches = MATCHES.strip().formatted(where.sql());
		List<Long> ids = this.jdbc.sql("select a.id " + matches + " limit :exact")
			.params(where.params())
			.param("query", tsquery)
			.param("exact", this.bounds.exact() + 1)
			.query(Long.class)
			.list();
		if (ids.size() > this.bounds.exact()) {
			ids = candidates(matches, where, tsquery, query.digits());
		}
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(RANKED)
			.param("ids", ids.toArray(Long[]::new))
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
	 * For a query matched by much of the library: the newest matches, and the matches in
	 * the newest documents whose number part the query names (which the rank puts first).
	 * Read in date order through the documents, each stops after a few hundred matches.
	 */
	private List<Long> candidates(String matches, SqlFilter where, String tsquery, List<String> digits) {
		String sql = "(select a.id " + matches + NEWEST + ")";
		if (!digits.isEmpty()) {
			sql += " union (select a.id " + matches + " and d.id in (select n.id from law_document n"
					+ " where string_to_array(n.number_key, ' ') && cast(:digits as text[])"
					+ " order by n.signed_on desc limit :numbered)" + NEWEST + ")";
		}
		return this.jdbc.sql(sql)
			.params(where.params())
			.param("query", tsquery)
			.param("digits", digits.toArray(String[]::new))
			.param("numbered", this.bounds.numbered())
			.param("candidates", this.bounds.candidates())
			.query(Long.class)
			.list();
	}

	/**
	 * How much a search ranks.
	 *
	 * @param exact at most this many matches are all ranked
	 * @param candidates beyond, this many of the newest matches, and at most as many of
	 * those by number, are
	 * @param numbered in this many of the newest documents named by number
	 */
	record Bounds(int exact, int candidates, int numbered) {

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
