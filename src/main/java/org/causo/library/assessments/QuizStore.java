package org.causo.library.assessments;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.causo.library.Quiz;
import org.causo.library.QuizDraft;
import org.causo.library.QuizTopic;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Quizzes: how they draw their questions, their pass mark, time limit and retakes. */
@Component
public class QuizStore {

	private final JdbcClient jdbc;

	QuizStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(QuizDraft d, List<Long> fixed, String actor) {
		return this.jdbc
			.sql("""
					insert into quiz (title, topic, language, question_count, random_per_attempt, fixed_questions,
					                  pass_percent, time_limit_minutes, max_attempts, wait_minutes, for_residents, after_guide,
					                  created_by)
					values (:title, :topic, :language, :count, :random, :fixed, :pass, :limit, :max, :wait, :residents,
					        :afterGuide, :actor)
					returning id
					""")
			.param("title", d.title())
			.param("topic", (d.topic() != null) ? d.topic().name() : null)
			.param("language", d.language())
			.param("count", d.questionCount())
			.param("random", d.randomPerAttempt())
			.param("fixed", (fixed != null) ? fixed.toArray(Long[]::new) : null)
			.param("pass", d.passPercent())
			.param("limit", d.timeLimitMinutes())
			.param("max", d.maxAttempts())
			.param("wait", (d.waitMinutes() != null) ? d.waitMinutes() : 0)
			.param("residents", d.forResidents())
			.param("afterGuide", d.afterGuide())
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	public Optional<Quiz> find(long id) {
		return this.jdbc.sql("select * from quiz where id = :id").param("id", id).query(QuizStore::row).optional();
	}

	/** The self-checks a guide's page offers at its end, oldest first. */
	public List<Quiz> after(String guide) {
		return this.jdbc.sql("select * from quiz where after_guide = :guide and for_residents order by id")
			.param("guide", guide)
			.query(QuizStore::row)
			.list();
	}

	public List<Quiz> list(boolean forResidents) {
		return this.jdbc.sql("select * from quiz where for_residents = :residents order by id desc")
			.param("residents", forResidents)
			.query(QuizStore::row)
			.list();
	}

	public Optional<Long> byTitle(String title) {
		return this.jdbc.sql("select id from quiz where title = :title order by id limit 1")
			.param("title", title)
			.query(Long.class)
			.optional();
	}

	private static Quiz row(ResultSet rs, int i) throws SQLException {
		String topic = rs.getString("topic");
		return new Quiz(rs.getLong("id"), rs.getString("title"), (topic != null) ? QuizTopic.valueOf(topic) : null,
				rs.getString("language"), rs.getInt("question_count"), rs.getBoolean("random_per_attempt"),
				ids(rs.getArray("fixed_questions")), rs.getInt("pass_percent"),
				(Integer) rs.getObject("time_limit_minutes"), (Integer) rs.getObject("max_attempts"),
				rs.getInt("wait_minutes"), rs.getBoolean("for_residents"));
	}

	static List<Long> ids(Array array) throws SQLException {
		return (array != null) ? List.of((Long[]) array.getArray()) : List.of();
	}

}
