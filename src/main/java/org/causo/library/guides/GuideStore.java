package org.causo.library.guides;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.library.GuideLanguages;
import org.causo.library.GuideSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Guides, their versions and their titles per language. */
@Component
public class GuideStore {

	private static final String SUMMARY = """
			select g.id, g.slug,
			       coalesce(t.title, v.title, g.slug) as title,
			       coalesce((select max(p.number) from guide_version p where p.guide_id = g.id and p.published_at is not null), 0),
			       exists (select 1 from guide_version d where d.guide_id = g.id and d.published_at is null),
			       coalesce((select sum(o.count) from guide_opening o where o.guide_id = g.id and o.day > current_date - 30), 0)
			from guide g
			join lateral (select id from guide_version x where x.guide_id = g.id %s order by x.number desc limit 1) l on true
			left join guide_title t on t.version_id = l.id and t.lang = :lang
			left join guide_title v on v.version_id = l.id and v.lang = 'vi'
			""";

	private final JdbcClient jdbc;

	private final StepStore steps;

	GuideStore(JdbcClient jdbc, StepStore steps) {
		this.jdbc = jdbc;
		this.steps = steps;
	}

	/**
	 * A version.
	 *
	 * @param id its row
	 * @param number 1 for the first
	 * @param publishedAt {@code null} for the draft
	 */
	public record Version(long id, int number, Instant publishedAt) {

	}

	/** A new guide with an empty first draft; its id. */
	public long create(String slug, String actor) {
		long id = this.jdbc.sql("insert into guide (slug, created_by) values (:slug, :actor) returning id")
			.param("slug", slug)
			.param("actor", actor)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into guide_version (guide_id, number) values (:id, 1)").param("id", id).update();
		return id;
	}

	public boolean slugTaken(String slug) {
		return this.jdbc.sql("select count(*) from guide where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<Long> idOf(String slug) {
		return this.jdbc.sql("select id from guide where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.optional();
	}

	public Optional<String> slugOf(long id) {
		return this.jdbc.sql("select slug from guide where id = :id").param("id", id).query(String.class).optional();
	}

	/** The newest version, the draft if there is one. */
	public Version latest(long guideId) {
		return version(guideId, "");
	}

	public Optional<Version> latestPublished(long guideId) {
		return Optional.ofNullable(version(guideId, "and published_at is not null"));
	}

	private Version version(long guideId, String condition) {
		return this.jdbc
			.sql("select id, number, published_at from guide_version where guide_id = :id " + condition
					+ " order by number desc limit 1")
			.param("id", guideId)
			.query((rs, n) -> new Version(rs.getLong(1), rs.getInt(2),
					(rs.getTimestamp(3) != null) ? rs.getTimestamp(3).toInstant() : null))
			.optional()
			.orElse(null);
	}

	/**
	 * The version to edit: the draft, or a new one copied from the published version when
	 * there is no draft.
	 */
	public Version draft(long guideId) {
		Version latest = latest(guideId);
		if (latest.publishedAt() == null) {
			return latest;
		}
		long id = this.jdbc.sql("insert into guide_version (guide_id, number) values (:guide, :number) returning id")
			.param("guide", guideId)
			.param("number", latest.number() + 1)
			.query(Long.class)
			.single();
		this.jdbc.sql(
				"insert into guide_title (version_id, lang, title) select :to, lang, title from guide_title where version_id = :from")
			.param("to", id)
			.param("from", latest.id())
			.update();
		this.steps.copy(latest.id(), id);
		return new Version(id, latest.number() + 1, null);
	}

	public void publish(long versionId, String actor) {
		this.jdbc.sql("update guide_version set published_at = :now, published_by = :actor where id = :id")
			.param("now", Timestamp.from(Instant.now()))
			.param("actor", actor)
			.param("id", versionId)
			.update();
	}

	public Map<String, String> titles(long versionId) {
		Map<String, String> titles = new LinkedHashMap<>();
		this.jdbc.sql("select lang, title from guide_title where version_id = :id order by lang")
			.param("id", versionId)
			.query((rs, n) -> titles.put(rs.getString(1), rs.getString(2)))
			.list();
		return titles;
	}

	/** Sets the title in a language; a blank title removes it. */
	public void setTitle(long versionId, String lang, String title) {
		if (title.isBlank()) {
			this.jdbc.sql("delete from guide_title where version_id = :id and lang = :lang")
				.param("id", versionId)
				.param("lang", lang)
				.update();
			return;
		}
		this.jdbc.sql("""
				insert into guide_title (version_id, lang, title) values (:id, :lang, :title)
				on conflict (version_id, lang) do update set title = excluded.title
				""").param("id", versionId).param("lang", lang).param("title", title).update();
	}

	/** Every guide, for editors, titled in the language or else in Vietnamese. */
	public List<GuideSummary> all(String lang) {
		return summaries(String.format(SUMMARY, "") + " order by g.slug", lang);
	}

	/** The guides with a published version, titled as that version says. */
	public List<GuideSummary> published(String lang) {
		return summaries(String.format(SUMMARY, "and x.published_at is not null") + " order by 3", lang);
	}

	private List<GuideSummary> summaries(String sql, String lang) {
		return this.jdbc.sql(sql)
			.param("lang", GuideLanguages.wellFormed(lang) ? lang : GuideLanguages.VIETNAMESE)
			.query((rs, n) -> new GuideSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5), rs.getLong(6)))
			.list();
	}

}
