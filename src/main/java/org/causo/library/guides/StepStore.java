package org.causo.library.guides;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.library.GuideContent.Picture;
import org.causo.library.GuideContent.Step;
import org.causo.library.GuideContent.StepText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A version's steps: their order, pictures, and texts and voices per language. */
@Component
public class StepStore {

	private final JdbcClient jdbc;

	StepStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Step> of(long versionId) {
		Map<Long, Map<String, StepText>> texts = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.step_id, t.lang, t.text, t.audio from guide_step_text t join guide_step s on s.id = t.step_id
				where s.version_id = :id order by t.lang
				""")
			.param("id", versionId)
			.query((rs, n) -> texts.computeIfAbsent(rs.getLong(1), (k) -> new LinkedHashMap<>())
				.put(rs.getString(2), new StepText(rs.getString(3), rs.getString(4))))
			.list();
		List<Step> steps = new ArrayList<>();
		this.jdbc.sql(
				"select id, position, picture_360, picture_720 from guide_step where version_id = :id order by position")
			.param("id", versionId)
			.query((rs,
					n) -> steps.add(new Step(rs.getInt(2),
							(rs.getString(3) != null) ? new Picture(rs.getString(3), rs.getString(4)) : null,
							texts.getOrDefault(rs.getLong(1), Map.of()))))
			.list();
		return steps;
	}

	/** Adds an empty step at the end; its position. */
	public int add(long versionId) {
		return this.jdbc.sql("""
				insert into guide_step (version_id, position)
				select :id, coalesce(max(position), 0) + 1 from guide_step where version_id = :id
				returning position
				""").param("id", versionId).query(Integer.class).single();
	}

	public Optional<Long> idOf(long versionId, int position) {
		return this.jdbc.sql("select id from guide_step where version_id = :v and position = :p")
			.param("v", versionId)
			.param("p", position)
			.query(Long.class)
			.optional();
	}

	public void setText(long stepId, String lang, String text) {
		this.jdbc.sql("""
				insert into guide_step_text (step_id, lang, text) values (:id, :lang, :text)
				on conflict (step_id, lang) do update set text = excluded.text
				""").param("id", stepId).param("lang", lang).param("text", text).update();
	}

	public void setAudio(long stepId, String lang, String audio) {
		this.jdbc.sql("""
				insert into guide_step_text (step_id, lang, audio) values (:id, :lang, :audio)
				on conflict (step_id, lang) do update set audio = excluded.audio
				""").param("id", stepId).param("lang", lang).param("audio", audio).update();
	}

	public void setPicture(long stepId, Picture picture) {
		this.jdbc.sql("update guide_step set picture_360 = :small, picture_720 = :large where id = :id")
			.param("small", picture.small())
			.param("large", picture.large())
			.param("id", stepId)
			.update();
	}

	/** Removes a step; the ones after it move up. */
	public void remove(long versionId, int position) {
		this.jdbc.sql("delete from guide_step where version_id = :v and position = :p")
			.param("v", versionId)
			.param("p", position)
			.update();
		// two passes, so that no two steps ever share a position on the way
		this.jdbc.sql("update guide_step set position = -position where version_id = :v and position > :p")
			.param("v", versionId)
			.param("p", position)
			.update();
		this.jdbc.sql("update guide_step set position = -position - 1 where version_id = :v and position < 0")
			.param("v", versionId)
			.update();
	}

	/** Copies every step, text and voice of one version into another. */
	void copy(long from, long to) {
		this.jdbc.sql("""
				insert into guide_step (version_id, position, picture_360, picture_720)
				select :to, position, picture_360, picture_720 from guide_step where version_id = :from
				""").param("from", from).param("to", to).update();
		this.jdbc.sql("""
				insert into guide_step_text (step_id, lang, text, audio)
				select n.id, t.lang, t.text, t.audio
				from guide_step o join guide_step_text t on t.step_id = o.id
				join guide_step n on n.version_id = :to and n.position = o.position
				where o.version_id = :from
				""").param("from", from).param("to", to).update();
	}

}
