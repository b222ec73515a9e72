package org.causo.library.assessments;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The residents' self-check counts: per question, option and day, how many times it was
 * chosen; position 0 counts the answers to the question. Nothing else is kept.
 */
@Component
public class CheckCounts {

	/** The row that counts a question's answers, whatever was chosen. */
	public static final int ANSWERED = 0;

	private final JdbcClient jdbc;

	CheckCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(long quizId, long questionId, List<Integer> positions, LocalDate day) {
		for (int position : positions) {
			this.jdbc
				.sql("""
						insert into quiz_check_count (quiz_id, question_id, position, day, answers)
						values (:quiz, :question, :position, :day, 1)
						on conflict (quiz_id, question_id, position, day) do update set answers = quiz_check_count.answers + 1
						""")
				.param("quiz", quizId)
				.param("question", questionId)
				.param("position", position)
				.param("day", Date.valueOf(day))
				.update();
		}
	}

	/** The counts of a self-check over all days: question id to (position to count). */
	public Map<Long, Map<Integer, Long>> totals(long quizId) {
		Map<Long, Map<Integer, Long>> out = new HashMap<>();
		this.jdbc
			.sql("select question_id, position, sum(answers) from quiz_check_count where quiz_id = :quiz "
					+ "group by question_id, position")
			.param("quiz", quizId)
			.query((rs) -> {
				out.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
			});
		return out;
	}

}
