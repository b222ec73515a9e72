package org.causo.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnits;
import org.causo.shared.NotFoundException;
import org.causo.shared.Periods;
import org.causo.shared.Periods.Period;
import org.causo.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes held (their time has come) and their attendances in the hamlets of a scope, per
 * post and commune, over a period (both ends included, each optional).
 */
@Service
@Transactional(readOnly = true)
public class TrainingFigures {

	private static final String SQL = """
			select c.%1$s as id, count(distinct c.id) as classes, count(a.id) filter (where a.present) as attendances
			from training_class c left join training_attendance a on a.class_id = c.id
			where c.unit_path like any(:scope) and c.starts_at >= :from and c.starts_at < :to and c.starts_at <= :now
			  and (cast(:post as bigint) is null or c.post_id = :post)
			group by c.%1$s order by c.%1$s
			""";

	private final JdbcClient jdbc;

	private final BorderPosts posts;

	private final OrgUnits units;

	private final Clock clock;

	TrainingFigures(JdbcClient jdbc, BorderPosts posts, OrgUnits units, Clock clock) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.units = units;
		this.clock = clock;
	}

	public ClassTotals of(Scope scope, Long postId, LocalDate from, LocalDate to) {
		Period period = Periods.of(from, to, "training.error.period");
		if (postId != null && !this.posts.visibleIds(scope).contains(postId)) {
			throw new NotFoundException("post");
		}
		List<ClassTotals.Line> byPost = lines(scope, postId, period, "post_id").stream()
			.map((l) -> new ClassTotals.Line(l.id(), this.posts.findAnywhere(l.id()).map((p) -> p.name()).orElse("?"),
					l.classes(), l.attendances()))
			.toList();
		List<ClassTotals.Line> byCommune = lines(scope, postId, period, "commune_id").stream()
			.map((l) -> new ClassTotals.Line(l.id(), this.units.get(Scope.all(), l.id()).name(), l.classes(),
					l.attendances()))
			.toList();
		return new ClassTotals(byPost, byCommune,
				new ClassTotals.Line(0, null, byPost.stream().mapToLong(ClassTotals.Line::classes).sum(),
						byPost.stream().mapToLong(ClassTotals.Line::attendances).sum()));
	}

	private List<ClassTotals.Line> lines(Scope scope, Long postId, Period period, String column) {
		return this.jdbc.sql(SQL.formatted(column))
			.param("scope", scope.pathPatterns())
			.param("from", java.sql.Timestamp.valueOf(period.start()))
			.param("to", java.sql.Timestamp.valueOf(period.end()))
			.param("now", java.sql.Timestamp.valueOf(LocalDateTime.now(this.clock.withZone(VENUE))))
			.param("post", postId, java.sql.Types.BIGINT)
			.query((rs, i) -> new ClassTotals.Line(rs.getLong("id"), null, rs.getLong("classes"),
					rs.getLong("attendances")))
			.list();
	}

	/** Class times are local to the venue: Vietnam. */
	static final java.time.ZoneId VENUE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

}
