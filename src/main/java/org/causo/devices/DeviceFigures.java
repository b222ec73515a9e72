package org.causo.devices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.causo.devices.posts.PostIds;
import org.causo.orgunit.OrgUnits;
import org.causo.shared.NotFoundException;
import org.causo.shared.Periods;
import org.causo.shared.Periods.Period;
import org.causo.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "1,335 phones, 2.8 billion VND": donated, value, handed over and in use, per post and
 * commune of the scope, over a period (both ends included, each optional).
 */
@Service
@Transactional(readOnly = true)
public class DeviceFigures {

	private static final String IN_USE = """
			(select f.used from device_followup f where f.handover_id = h.id
			 order by f.visited_on desc, f.recorded_at desc limit 1)
			""";

	private final JdbcClient jdbc;

	private final PostIds posts;

	private final OrgUnits units;

	DeviceFigures(JdbcClient jdbc, PostIds posts, OrgUnits units) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.units = units;
	}

	public DeviceTotals of(Scope scope, Long postId, LocalDate from, LocalDate to) {
		Period period = Periods.of(from, to, "devices.error.period");
		Long[] visible = this.posts.visible(scope);
		if (postId != null) {
			if (!List.of(visible).contains(postId)) {
				throw new NotFoundException("post");
			}
			visible = new Long[] { postId };
		}
		List<DeviceTotals.Line> byPost = this.jdbc.sql("""
				select p.id,
				  (select coalesce(sum(d.device_count), 0) from device_donation d
				   where d.post_id = p.id and d.donated_on between :from and :to) as donated,
				  (select coalesce(sum(d.value_vnd), 0) from device_donation d
				   where d.post_id = p.id and d.donated_on between :from and :to) as value,
				  (select count(*) from device_handover h where h.post_id = p.id and h.handed_on between :from and :to)
				    as handed,
				  (select count(*) from device_handover h where h.post_id = p.id and h.handed_on between :from and :to
				   and coalesce(""" + IN_USE + """
				, false)) as in_use
				from unnest(:posts) as p(id) order by p.id
				""")
			.param("posts", visible)
			.param("from", period.first())
			.param("to", period.last())
			.query((rs, i) -> new DeviceTotals.Line(rs.getLong("id"), null, rs.getLong("donated"), rs.getLong("value"),
					rs.getLong("handed"), rs.getLong("in_use")))
			.list()
			.stream()
			.filter((l) -> l.donated() + l.handedOver() > 0)
			.toList();
		Map<Long, String> names = this.posts.names(byPost.stream().map(DeviceTotals.Line::id).toList());
		byPost = byPost.stream()
			.map((l) -> new DeviceTotals.Line(l.id(), names.get(l.id()), l.donated(), l.valueVnd(), l.handedOver(),
					l.inUse()))
			.toList();
		List<DeviceTotals.Line> byCommune = new ArrayList<>();
		this.jdbc.sql("""
				select h.commune_id, count(*) as handed, count(*) filter (where coalesce(""" + IN_USE + """
				, false)) as in_use
				from device_handover h
				where h.post_id = any(:posts) and h.handed_on between :from and :to
				group by h.commune_id order by h.commune_id
				""")
			.param("posts", visible)
			.param("from", period.first())
			.param("to", period.last())
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.list()
			.forEach((r) -> byCommune
				.add(new DeviceTotals.Line(r[0], this.units.get(Scope.all(), r[0]).name(), 0, 0, r[1], r[2])));
		DeviceTotals.Line total = new DeviceTotals.Line(0, null,
				byPost.stream().mapToLong(DeviceTotals.Line::donated).sum(),
				byPost.stream().mapToLong(DeviceTotals.Line::valueVnd).sum(),
				byPost.stream().mapToLong(DeviceTotals.Line::handedOver).sum(),
				byPost.stream().mapToLong(DeviceTotals.Line::inUse).sum());
		return new DeviceTotals(byPost, byCommune, total);
	}

}
