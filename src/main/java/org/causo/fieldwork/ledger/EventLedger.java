package org.causo.fieldwork.ledger;

import java.util.Optional;
import java.util.UUID;

import org.causo.fieldwork.FieldEventConflictException;
import org.causo.shared.CurrentActor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every field fact's client-made id, once, with the fact's canonical JSON: the same id
 * with the same content is a replay (no-op), with other content a conflict.
 */
@Component
public class EventLedger {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EventLedger(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The canonical form of a fact: its normalized draft as JSON. */
	public String canonical(Object content) {
		return this.json.writeValueAsString(content);
	}

	/**
	 * Whether the id is already known with this content (a replay); false when the id is
	 * new; a conflict when it is known with other content.
	 */
	public boolean isReplay(UUID id, String kind, String content) {
		Optional<String[]> stored = this.jdbc.sql("select kind, content from field_event where id = :id")
			.param("id", id)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
		if (stored.isEmpty()) {
			return false;
		}
		if (stored.get()[0].equals(kind) && stored.get()[1].equals(content)) {
			return true;
		}
		throw new FieldEventConflictException(id);
	}

	/**
	 * Records a new id; false when another request recorded it first (then
	 * {@link #isReplay} tells which).
	 */
	public boolean claim(UUID id, String kind, String content) {
		return this.jdbc.sql("""
				insert into field_event (id, kind, content, recorded_by) values (:id, :kind, :content, :by)
				on conflict (id) do nothing
				""")
			.param("id", id)
			.param("kind", kind)
			.param("content", content)
			.param("by", CurrentActor.username())
			.update() == 1;
	}

	/**
	 * Records a new id; false when another request recorded it first with the same
	 * content (a replay), a conflict when with other content.
	 */
	public boolean claimed(UUID id, String kind, String content) {
		if (claim(id, kind, content)) {
			return true;
		}
		isReplay(id, kind, content);
		return false;
	}

}
