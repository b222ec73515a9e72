package org.causo.library.assessments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.library.Attempt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Attempts and their answers. */
@Component
public class AttemptStore {

	private final JdbcClient jdbc;

	AttemptStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long quizId, long officerId, Long postId, int number, List<Long> questions, Instant started,
			Instant deadline) {
		return this.jdbc.sql("""
				insert into quiz_attempt (quiz_id, officer_id, post_id, number, questions, started_at, deadline)
				values (:quiz, :officer, :post, :number, :questions, :started, :deadline) returning id
				""")
			.param("quiz", quizId)
			.param("officer", officerId)
			.param("post", postId)
			.param("number", number)
			.param("questions", questions.toArray(Long[]::new))
			.param("started", Timestamp.from(started))
			.param("deadline", (deadline != null) ? Timestamp.from(deadline) : null)
			.query(Long.class)
			.single();
	}

	public void answer(long attemptId, long questionId, List<Integer> chosen, double mark) {
		this.jdbc.sql("""
				insert into quiz_answer (attempt_id, question_id, chosen, mark) values (:a, :q, :chosen, :mark)
				""")
			.param("a", attemptId)
			.param("q", questionId)
			.param("chosen", chosen.toArray(Integer[]::new))
			.param("mark", mark)
			.update();
	}

	public boolean finish(long attemptId, Instant at, boolean late, double score, boolean passed) {
		return this.jdbc.sql("""
				update quiz_attempt set finished_at = :at, late = :late, score = :score, passed = :passed
				where id = :id and finished_at is null
				""")
			.param("id", attemptId)
			.param("at", Timestamp.from(at))
			.param("late", late)
			.param("score", score)
			.param("passed", passed)
			.update() == 1;
	}

	public Optional<Attempt> find(long id) {
		return this.jdbc.sql("select * from quiz_attempt where id = :id").param("id", id).query(this::row).optional();
	}

	/** An officer's attempts at a quiz, first first. */
	public List<Attempt> of(long quizId, long officerId) {
		return this.jdbc
			.sql("select * from quiz_attempt where quiz_id = :quiz and officer_id = :officer order by number")
			.param("quiz", quizId)
			.param("officer", officerId)
			.query(this::row)
			.list();
	}

	/** The marks of each officer's first finished attempt, for the statistics. */
	public List<Map<Long, Double>> firstAttemptMarks(long quizId, List<Long> postIds) {
		Map<Long, Map<Long, Double>> byAttempt = new HashMap<>();
		if (postIds.isEmpty()) {
			return List.of();
		}
		this.jdbc
			.sql("""
					select a.id, m.question_id, m.mark from quiz_attempt a join quiz_answer m on m.attempt_id = a.id
					where a.quiz_id = :quiz and a.finished_at is not null and a.post_id in (:posts)
					  and a.number = (select min(f.number) from quiz_attempt f
					                  where f.quiz_id = a.quiz_id and f.officer_id = a.officer_id and f.finished_at is not null)
					""")
			.param("quiz", quizId)
			.param("posts", postIds)
			.query((rs) -> {
				byAttempt.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>()).put(rs.getLong(2), rs.getDouble(3));
			});
		return List.copyOf(byAttempt.values());
	}

	/**
	 * Each officer's standing at a quiz among the posts given: attempts finished and
	 * whether one passed, by officer.
	 */
	public Map<Long, Standing> standings(long quizId, List<Long> postIds) {
		Map<Long, Standing> out = new HashMap<>();
		if (postIds.isEmpty()) {
			return out;
		}
		this.jdbc.sql("""
				select officer_id, count(*), bool_or(passed), max(score) from quiz_attempt
				where quiz_id = :quiz and post_id in (:posts) and finished_at is not null group by officer_id
				""").param("quiz", quizId).param("posts", postIds).query((rs) -> {
			out.put(rs.getLong(1), new Standing(rs.getInt(2), rs.getBoolean(3), rs.getDouble(4)));
		});
		return out;
	}

	private Attempt row(ResultSet rs, int i) throws SQLException {
		long id = rs.getLong("id");
		Map<Long, List<Integer>> chosen = new HashMap<>();
		Map<Long, Double> marks = new HashMap<>();
		this.jdbc.sql("select question_id, chosen, mark from quiz_answer where attempt_id = :id")
			.param("id", id)
			.query((r) -> {
				chosen.put(r.getLong(1), List.of((Integer[]) r.getArray(2).getArray()));
				marks.put(r.getLong(1), r.getDouble(3));
			});
		Timestamp deadline = rs.getTimestamp("deadline");
		Timestamp finished = rs.getTimestamp("finished_at");
		java.math.BigDecimal score = rs.getBigDecimal("score");
		return new Attempt(id, rs.getLong("quiz_id"), rs.getLong("officer_id"), rs.getInt("number"),
				QuizStore.ids(rs.getArray("questions")), rs.getTimestamp("started_at").toInstant(),
				(deadline != null) ? deadline.toInstant() : null, (finished != null) ? finished.toInstant() : null,
				rs.getBoolean("late"), (score != null) ? score.doubleValue() : null, (Boolean) rs.getObject("passed"),
				chosen, marks);
	}

	/**
	 * An officer's attempts at a quiz.
	 *
	 * @param attempts finished attempts
	 * @param passed whether one passed
	 * @param best the best score, in percent
	 */
	public record Standing(int attempts, boolean passed, double best) {

	}

}
