package org.causo.library.guides;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.causo.library.GuideOpenings;
import org.causo.shared.LocalTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often guides are opened: one counter per guide, language and Vietnam-local day.
 * Nothing about the reader, nor the time within the day, is kept.
 */
@Component
public class Openings {

	private final JdbcClient jdbc;

	private final LocalTimes times;

	Openings(JdbcClient jdbc, LocalTimes times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	public void count(long guideId, String lang) {
		LocalDate today = this.times.local(Instant.now()).toLocalDate();
		this.jdbc.sql("""
				insert into guide_opening (guide_id, lang, day, count) values (:id, :lang, :day, 1)
				on conflict (guide_id, lang, day) do update set count = guide_opening.count + 1
				""").param("id", guideId).param("lang", lang).param("day", today).update();
	}

	/** The counts of the last {@code days} days, newest first. */
	public GuideOpenings of(long guideId, int days) {
		Map<LocalDate, Map<String, Integer>> byDay = new LinkedHashMap<>();
		TreeSet<String> langs = new TreeSet<>();
		this.jdbc.sql("""
				select day, lang, count from guide_opening
				where guide_id = :id and day > :since order by day desc
				""")
			.param("id", guideId)
			.param("since", this.times.local(Instant.now()).toLocalDate().minusDays(days))
			.query((rs, n) -> {
				langs.add(rs.getString(2));
				return byDay.computeIfAbsent(rs.getDate(1).toLocalDate(), (k) -> new LinkedHashMap<>())
					.put(rs.getString(2), rs.getInt(3));
			})
			.list();
		List<String> languages = new ArrayList<>(langs);
		List<GuideOpenings.Day> rows = new ArrayList<>();
		byDay.forEach((day, counts) -> rows
			.add(new GuideOpenings.Day(day, languages.stream().map((l) -> counts.getOrDefault(l, 0)).toList())));
		return new GuideOpenings(languages, rows);
	}

}
