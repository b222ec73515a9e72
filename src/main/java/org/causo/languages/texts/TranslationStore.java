package org.causo.languages.texts;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code translation} table: one text per language and message key. */
@Component
public class TranslationStore {

	private final JdbcClient jdbc;

	TranslationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every translation: language tag, then key, then text. */
	public Map<String, Map<String, String>> all() {
		Map<String, Map<String, String>> all = new HashMap<>();
		this.jdbc.sql("select language_code, message_key, text from translation").query((rs) -> {
			all.computeIfAbsent(rs.getString(1), (k) -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
		});
		return all;
	}

	public Map<String, String> of(String language) {
		Map<String, String> texts = new HashMap<>();
		this.jdbc.sql("select message_key, text from translation where language_code = :language")
			.param("language", language)
			.query((rs) -> {
				texts.put(rs.getString(1), rs.getString(2));
			});
		return texts;
	}

	public void put(String language, String key, String text, String by) {
		this.jdbc.sql("""
				insert into translation (language_code, message_key, text, updated_by)
				values (:language, :key, :text, :by)
				on conflict (language_code, message_key)
				do update set text = excluded.text, updated_by = excluded.updated_by, updated_at = now()
				""").param("language", language).param("key", key).param("text", text).param("by", by).update();
	}

	public void remove(String language, String key) {
		this.jdbc.sql("delete from translation where language_code = :language and message_key = :key")
			.param("language", language)
			.param("key", key)
			.update();
	}

}
