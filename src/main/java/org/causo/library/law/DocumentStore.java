package org.causo.library.law;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.causo.library.DocumentDetails;
import org.causo.library.DocumentStatus;
import org.causo.library.DocumentSummary;
import org.causo.library.DocumentText;
import org.causo.library.DocumentText.Article;
import org.causo.library.DocumentText.Chapter;
import org.causo.library.DocumentType;
import org.causo.library.LawFilter;
import org.causo.library.LawFilter.Choices;
import org.causo.library.LegalDocument;
import org.causo.library.search.SearchText;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Legal documents with their chapters and articles. */
@Component
public class DocumentStore {

	private static final String SUMMARY = "select d.id, d.number, d.type, d.title, d.signed_on, d.status from law_document d";

	private final JdbcClient jdbc;

	private final LinkStore links;

	DocumentStore(JdbcClient jdbc, LinkStore links) {
		this.jdbc = jdbc;
		this.links = links;
	}

	/** The folded number by which documents are told apart ("57 nq tw"). */
	public static String numberKey(String number) {
		return SearchText.of(number);
	}

	public boolean exists(String number) {
		return this.jdbc.sql("select count(*) from law_document where number_key = :key")
			.param("key", numberKey(number))
			.query(Long.class)
			.single() > 0;
	}

	public long insert(DocumentDetails d, DocumentText text, String actor) {
		long id = this.jdbc.sql("""
				insert into law_document (number, number_key, type, title, issuer, signed_on, effective_on, status,
				                          preamble, numbered_points, source, imported_by)
				values (:number, :key, :type, :title, :issuer, :signed, :effective, :status, :preamble, :points,
				        :source, :actor)
				returning id
				""")
			.param("number", d.number())
			.param("key", numberKey(d.number()))
			.param("type", d.type().name())
			.param("title", d.title())
			.param("issuer", d.issuer())
			.param("signed", Date.valueOf(d.signedOn()))
			.param("effective", (d.effectiveOn() != null) ? Date.valueOf(d.effectiveOn()) : null)
			.param("status", d.status().name())
			.param("preamble", text.preamble())
			.param("points", text.numberedPoints())
			.param("source", d.source())
			.param("actor", actor)
			.query(Long.class)
			.single();
		for (Chapter c : text.chapters()) {
			this.jdbc.sql("insert into law_chapter (document_id, position, number, title) values (:d, :p, :n, :t)")
				.param("d", id)
				.param("p", c.position())
				.param("n", c.number())
				.param("t", c.title())
				.update();
		}
		String head = d.type().heading() + " so " + d.number() + " " + d.title();
		for (Article a : text.articles()) {
			this.jdbc
				.sql("""
						insert into law_article (document_id, position, chapter_position, number, title, body, head_key, body_key)
						values (:d, :p, :c, :n, :t, :b, :head, :body)
						""")
				.param("d", id)
				.param("p", a.position())
				.param("c", a.chapter())
				.param("n", a.number())
				.param("t", a.title())
				.param("b", a.body())
				.param("head", SearchText.of(head + " " + a.title()))
				.param("body", SearchText.of(a.body()))
				.update();
		}
		this.links.insert(id, d.links());
		return id;
	}

	public Optional<LegalDocument> find(long id) {
		return this.jdbc.sql("select * from law_document where id = :id")
			.param("id", id)
			.query((rs, i) -> document(rs))
			.optional();
	}

	/** The documents matching the filter, signed last first. */
	public List<DocumentSummary> recent(LawFilter filter, int limit) {
		return where(filter).param("limit", limit)
			.query(this.jdbc, SUMMARY, "order by d.signed_on desc, d.id desc limit :limit")
			.query((rs, i) -> summary(rs))
			.list();
	}

	/** The conditions on {@code law_document d} that the filter asks for. */
	public static SqlFilter where(LawFilter filter) {
		return SqlFilter.all()
			.andIf((filter.type() != null) ? filter.type().name() : null, "d.type = :type", "type")
			.andIf(filter.issuer(), "d.issuer = :issuer", "issuer")
			.andIf(filter.year(), "extract(year from d.signed_on) = :year", "year")
			.andIf((filter.status() != null) ? filter.status().name() : null, "d.status = :status", "status");
	}

	/**
	 * The issuers and the years signed that the library holds, for the filters' lists.
	 */
	public Choices choices() {
		List<String> issuers = this.jdbc.sql("select distinct issuer from law_document order by issuer")
			.query(String.class)
			.list();
		List<Integer> years = this.jdbc
			.sql("select distinct cast(extract(year from signed_on) as int) y from law_document order by y desc")
			.query(Integer.class)
			.list();
		return new Choices(issuers, years);
	}

	public boolean exists(long id) {
		return this.jdbc.sql("select count(*) from law_document where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	public static DocumentSummary summary(ResultSet rs) throws SQLException {
		return new DocumentSummary(rs.getLong("id"), rs.getString("number"), DocumentType.valueOf(rs.getString("type")),
				rs.getString("title"), rs.getDate("signed_on").toLocalDate(),
				DocumentStatus.valueOf(rs.getString("status")));
	}

	private LegalDocument document(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		Date effective = rs.getDate("effective_on");
		DocumentDetails details = new DocumentDetails(rs.getString("number"),
				DocumentType.valueOf(rs.getString("type")), rs.getString("title"), rs.getString("issuer"),
				rs.getDate("signed_on").toLocalDate(), (effective != null) ? effective.toLocalDate() : null,
				DocumentStatus.valueOf(rs.getString("status")), rs.getString("source"), this.links.from(id));
		List<Chapter> chapters = this.jdbc
			.sql("select position, number, title from law_chapter where document_id = :id order by position")
			.param("id", id)
			.query((r, i) -> new Chapter(r.getInt("position"), r.getString("number"), r.getString("title")))
			.list();
		List<Article> articles = this.jdbc.sql("""
				select position, chapter_position, number, title, body from law_article where document_id = :id
				order by position
				""")
			.param("id", id)
			.query((r, i) -> new Article(r.getInt("position"), (Integer) r.getObject("chapter_position"),
					r.getString("number"), r.getString("title"), r.getString("body")))
			.list();
		DocumentText text = new DocumentText(rs.getString("preamble"), chapters, articles,
				rs.getBoolean("numbered_points"));
		return new LegalDocument(id, details, text, this.links.to(rs.getString("number_key")));
	}

}
