package org.causo.library.assessments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.library.Question;
import org.causo.library.Question.Option;
import org.causo.library.QuestionKind;
import org.causo.library.QuizTopic;
import org.causo.shared.Images;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The question bank's tables: questions, their options and pictures. */
@Component
public class QuestionStore {

	private static final String SELECT = """
			select q.id, q.kind, q.topic, q.language, q.text, q.picture is not null as has_picture, q.retired
			from quiz_question q
			""";

	private final JdbcClient jdbc;

	QuestionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(QuestionKind kind, QuizTopic topic, String language, String text, String actor) {
		return this.jdbc.sql("""
				insert into quiz_question (kind, topic, language, text, changed_by)
				values (:kind, :topic, :language, :text, :actor) returning id
				""")
			.param("kind", kind.name())
			.param("topic", topic.name())
			.param("language", language)
			.param("text", text)
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	public void update(long id, QuestionKind kind, QuizTopic topic, String language, String text, String actor) {
		this.jdbc.sql("""
				update quiz_question set kind = :kind, topic = :topic, language = :language, text = :text,
				                         changed_by = :actor where id = :id
				""")
			.param("id", id)
			.param("kind", kind.name())
			.param("topic", topic.name())
			.param("language", language)
			.param("text", text)
			.param("actor", actor)
			.update();
	}

	/**
	 * Replaces the options: an attempt's marks are kept, so the positions stay stable.
	 */
	public void options(long id, List<String> texts, Collection<Integer> correct) {
		this.jdbc.sql("delete from quiz_option where question_id = :id").param("id", id).update();
		for (int i = 0; i < texts.size(); i++) {
			this.jdbc.sql("insert into quiz_option (question_id, position, text, correct) values (:q, :p, :t, :c)")
				.param("q", id)
				.param("p", i + 1)
				.param("t", texts.get(i))
				.param("c", correct.contains(i + 1))
				.update();
		}
	}

	public void picture(long id, Images.Clean picture) {
		this.jdbc.sql("update quiz_question set picture = :bytes, picture_type = :type where id = :id")
			.param("id", id)
			.param("bytes", (picture != null) ? picture.bytes() : null)
			.param("type", (picture != null) ? picture.contentType() : null)
			.update();
	}

	public Optional<Images.Clean> picture(long id) {
		return this.jdbc.sql("select picture_type, picture from quiz_question where id = :id and picture is not null")
			.param("id", id)
			.query((rs, i) -> new Images.Clean(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	public void retire(long id, boolean retired, String actor) {
		this.jdbc.sql("update quiz_question set retired = :retired, changed_by = :actor where id = :id")
			.param("id", id)
			.param("retired", retired)
			.param("actor", actor)
			.update();
	}

	public Optional<Question> find(long id) {
		return find(List.of(id)).stream().findFirst();
	}

	/** The questions, in the order of the ids given. */
	public List<Question> find(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Question> byId = new LinkedHashMap<>();
		for (Question q : list(this.jdbc.sql(SELECT + " where q.id in (:ids)").param("ids", ids))) {
			byId.put(q.id(), q);
		}
		return ids.stream().filter(byId::containsKey).map(byId::get).toList();
	}

	/** The bank, newest first; a topic or language of null keeps all. */
	public List<Question> list(QuizTopic topic, String language, boolean withRetired) {
		return list(this.jdbc.sql(SELECT + """
				where (cast(:topic as text) is null or q.topic = :topic)
				  and (cast(:language as text) is null or q.language = :language) and (:retired or not q.retired)
				order by q.id desc
				""")
			.param("topic", (topic != null) ? topic.name() : null)
			.param("language", language)
			.param("retired", withRetired));
	}

	/**
	 * Active questions of a topic (all topics for null) and language, drawn at random.
	 */
	public List<Long> draw(QuizTopic topic, String language, int count) {
		return this.jdbc.sql("""
				select id from quiz_question where not retired and language = :language
				  and (cast(:topic as text) is null or topic = :topic)
				order by random() limit :count
				""")
			.param("topic", (topic != null) ? topic.name() : null)
			.param("language", language)
			.param("count", count)
			.query(Long.class)
			.list();
	}

	private List<Question> list(JdbcClient.StatementSpec statement) {
		List<Row> rows = statement.query(QuestionStore::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Option>> options = new LinkedHashMap<>();
		this.jdbc
			.sql("select question_id, position, text, correct from quiz_option where question_id in (:ids) "
					+ "order by question_id, position")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs) -> {
				options.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new Option(rs.getInt(2), rs.getString(3), rs.getBoolean(4)));
			});
		return rows.stream()
			.map((r) -> new Question(r.id(), r.kind(), r.topic(), r.language(), r.text(),
					List.copyOf(options.getOrDefault(r.id(), List.of())), r.hasPicture(), r.retired()))
			.toList();
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		return new Row(rs.getLong("id"), QuestionKind.valueOf(rs.getString("kind")),
				QuizTopic.valueOf(rs.getString("topic")), rs.getString("language"), rs.getString("text"),
				rs.getBoolean("has_picture"), rs.getBoolean("retired"));
	}

	private record Row(long id, QuestionKind kind, QuizTopic topic, String language, String text, boolean hasPicture,
			boolean retired) {

	}

}
