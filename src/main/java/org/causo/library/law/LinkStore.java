package org.causo.library.law;

import java.util.List;

import org.causo.library.DocumentLink;
import org.causo.library.LinkKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which documents amend or replace which, by number, so that a link finds its target also
 * when the target is imported after it.
 */
@Repository
class LinkStore {

	private final JdbcClient jdbc;

	LinkStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long documentId, List<DocumentLink> links) {
		for (DocumentLink link : links) {
			this.jdbc
				.sql("""
						insert into law_link (document_id, kind, target_number, target_key) values (:d, :kind, :number, :key)
						on conflict do nothing
						""")
				.param("d", documentId)
				.param("kind", link.kind().name())
				.param("number", link.number())
				.param("key", DocumentStore.numberKey(link.number()))
				.update();
		}
	}

	/** The documents this one amends or replaces, with their ids when in the library. */
	List<DocumentLink> from(long documentId) {
		return this.jdbc
			.sql("""
					select l.kind, l.target_number, d.id from law_link l left join law_document d on d.number_key = l.target_key
					where l.document_id = :id order by l.kind, l.target_number
					""")
			.param("id", documentId)
			.query((rs, i) -> new DocumentLink(LinkKind.valueOf(rs.getString(1)), rs.getString(2),
					(Long) rs.getObject(3)))
			.list();
	}

	/** The documents that amend or replace the one with this number key. */
	List<DocumentLink> to(String numberKey) {
		return this.jdbc.sql("""
				select l.kind, d.number, d.id from law_link l join law_document d on d.id = l.document_id
				where l.target_key = :key order by d.signed_on, d.id
				""")
			.param("key", numberKey)
			.query((rs, i) -> new DocumentLink(LinkKind.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)))
			.list();
	}

}
