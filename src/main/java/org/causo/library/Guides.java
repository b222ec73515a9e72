package org.causo.library;

import java.util.ArrayList;
import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.library.guides.GuideStore;
import org.causo.library.guides.GuideStore.Version;
import org.causo.library.guides.Openings;
import org.causo.library.guides.Pictures;
import org.causo.library.guides.StepStore;
import org.causo.library.guides.Voices;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing guides: a guide's newest version is its draft until it is published, which
 * freezes it; the next change starts a new draft, copied from it. Every change is
 * audited.
 */
@Service
@Transactional
public class Guides {

	static final int MAX_TITLE = 120;

	/** One or two short sentences. */
	static final int MAX_TEXT = 400;

	/** What the editors' page shows of the openings. */
	static final int OPENING_DAYS = 30;

	private final GuideStore guides;

	private final StepStore steps;

	private final Pictures pictures;

	private final Voices voices;

	private final Openings openings;

	private final AuditTrail audit;

	private final GuideLanguages languages;

	Guides(GuideStore guides, StepStore steps, Pictures pictures, Voices voices, Openings openings, AuditTrail audit,
			GuideLanguages languages) {
		this.languages = languages;
		this.guides = guides;
		this.steps = steps;
		this.pictures = pictures;
		this.voices = voices;
		this.openings = openings;
		this.audit = audit;
	}

	/** The languages a guide is written in, Vietnamese first. */
	public List<String> languages() {
		return this.languages.offered();
	}

	/** A new guide, with its Vietnamese title and an empty draft; its id. */
	public long create(String slug, String title) {
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		String s = (slug != null) ? slug.strip() : "";
		if (!s.matches("[a-z0-9]+(-[a-z0-9]+)*") || s.length() > 80) {
			problems.add(new InvalidInputException.Problem("slug", "guide.error.slug"));
		}
		else if (this.guides.slugTaken(s)) {
			problems.add(new InvalidInputException.Problem("slug", "guide.error.slugTaken"));
		}
		String t = title(title, problems);
		if (t.isEmpty() && problems.stream().noneMatch((p) -> "title".equals(p.field()))) {
			problems.add(new InvalidInputException.Problem("title", "guide.error.title"));
		}
		InvalidInputException.throwIfAny(problems);
		long id = this.guides.create(s, CurrentActor.username());
		this.guides.setTitle(this.guides.latest(id).id(), GuideLanguages.VIETNAMESE, t);
		this.audit.record("GUIDE_CREATED", "guide", id, "slug=" + s);
		return id;
	}

	/** The newest version: the draft, or the published version when there is none. */
	@Transactional(readOnly = true)
	public GuideContent latest(long id) {
		String slug = this.guides.slugOf(id).orElseThrow(() -> new NotFoundException("guide " + id));
		Version v = this.guides.latest(id);
		return new GuideContent(id, slug, v.number(), v.publishedAt(), this.guides.titles(v.id()),
				this.steps.of(v.id()));
	}

	@Transactional(readOnly = true)
	public List<GuideSummary> all(String lang) {
		return this.guides.all(lang);
	}

	/** Sets the title in a language; a blank one removes it, except the Vietnamese. */
	public void setTitle(long id, String lang, String title) {
		this.languages.check("lang", lang);
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		String t = title(title, problems);
		if (t.isEmpty() && GuideLanguages.VIETNAMESE.equals(lang)) {
			problems.add(new InvalidInputException.Problem("title", "guide.error.title"));
		}
		InvalidInputException.throwIfAny(problems);
		this.guides.setTitle(draft(id).id(), lang, t);
		this.audit.record("GUIDE_EDITED", "guide", id, "title, lang=" + lang);
	}

	/** Adds an empty step at the end; its position. */
	public int addStep(long id) {
		int position = this.steps.add(draft(id).id());
		this.audit.record("GUIDE_EDITED", "guide", id, "step " + position + " added");
		return position;
	}

	public void removeStep(long id, int position) {
		long version = draft(id).id();
		step(version, position);
		this.steps.remove(version, position);
		this.audit.record("GUIDE_EDITED", "guide", id, "step " + position + " removed");
	}

	public void setText(long id, int position, String lang, String text) {
		this.languages.check("lang", lang);
		String t = (text != null) ? text.strip().replaceAll("\\s+", " ") : "";
		if (t.length() > MAX_TEXT) {
			throw InvalidInputException.of("text", "guide.error.text", MAX_TEXT);
		}
		this.steps.setText(step(draft(id).id(), position), lang, t);
		this.audit.record("GUIDE_EDITED", "guide", id, "step " + position + " text, lang=" + lang);
	}

	public void setPicture(long id, int position, byte[] upload) {
		long step = step(draft(id).id(), position);
		this.steps.setPicture(step, this.pictures.store(upload));
		this.audit.record("GUIDE_EDITED", "guide", id, "step " + position + " picture");
	}

	public void setAudio(long id, int position, String lang, byte[] upload) {
		this.languages.check("lang", lang);
		long step = step(draft(id).id(), position);
		this.steps.setAudio(step, lang, this.voices.store(upload));
		this.audit.record("GUIDE_EDITED", "guide", id, "step " + position + " voice, lang=" + lang);
	}

	/**
	 * Publishes the draft, which needs a step and a Vietnamese text for each; its
	 * version's number.
	 */
	public int publish(long id) {
		GuideContent content = latest(id);
		if (content.published()) {
			return content.version();
		}
		if (content.steps().isEmpty() || !content.missingText(GuideLanguages.VIETNAMESE).isEmpty()) {
			throw InvalidInputException.of(null, "guide.error.incomplete");
		}
		this.guides.publish(this.guides.latest(id).id(), CurrentActor.username());
		this.audit.record("GUIDE_PUBLISHED", "guide", id, "version " + content.version());
		return content.version();
	}

	@Transactional(readOnly = true)
	public GuideOpenings openings(long id) {
		return this.openings.of(id, OPENING_DAYS);
	}

	private Version draft(long id) {
		if (this.guides.slugOf(id).isEmpty()) {
			throw new NotFoundException("guide " + id);
		}
		return this.guides.draft(id);
	}

	private long step(long version, int position) {
		return this.steps.idOf(version, position).orElseThrow(() -> new NotFoundException("guide step " + position));
	}

	private static String title(String title, List<InvalidInputException.Problem> problems) {
		String t = (title != null) ? title.strip() : "";
		if (t.length() > MAX_TITLE) {
			problems.add(new InvalidInputException.Problem("title", "guide.error.titleLength", MAX_TITLE));
		}
		return t;
	}

}
