package org.causo.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.causo.library.GuideContent.Step;
import org.causo.library.guides.GuideCards;
import org.causo.library.guides.GuideStore;
import org.causo.library.guides.GuideStore.Version;
import org.causo.library.guides.MediaStore;
import org.causo.library.guides.Openings;
import org.causo.library.guides.StepStore;
import org.causo.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guides as anyone reads them, without logging in: the newest published version, in the
 * reader's language where it is written, else in Vietnamese. An opening adds one to the
 * day's count for the guide and language; nothing about the reader is kept.
 */
@Service
@Transactional(readOnly = true)
public class GuideReader {

	private final GuideStore guides;

	private final StepStore steps;

	private final MediaStore media;

	private final Openings openings;

	private final GuideCards cards;

	private final GuideLanguages languages;

	GuideReader(GuideStore guides, StepStore steps, MediaStore media, Openings openings, GuideCards cards,
			GuideLanguages languages) {
		this.languages = languages;
		this.guides = guides;
		this.steps = steps;
		this.media = media;
		this.openings = openings;
		this.cards = cards;
	}

	/** The published guides, titled in the language where they can be. */
	public List<GuideSummary> published(String lang) {
		return this.guides.published(lang);
	}

	/** The published guide in the language, counted as opened once. */
	@Transactional
	public GuidePage open(String slug, String lang) {
		GuidePage page = read(slug, lang);
		this.openings.count(this.guides.idOf(slug).orElseThrow(), page.lang());
		return page;
	}

	/** The published guide in the language, not counted. */
	public GuidePage read(String slug, String lang) {
		long id = this.guides.idOf(slug).orElseThrow(() -> new NotFoundException("guide " + slug));
		Version version = this.guides.latestPublished(id).orElseThrow(() -> new NotFoundException("guide " + slug));
		String l = this.languages.offered().contains(lang) ? lang : GuideLanguages.VIETNAMESE;
		String vi = GuideLanguages.VIETNAMESE;
		Map<String, String> titles = this.guides.titles(version.id());
		boolean fallback = !titles.containsKey(l);
		List<GuidePage.Step> shown = new ArrayList<>();
		for (Step s : this.steps.of(version.id())) {
			String textLang = s.text(l).isBlank() ? vi : l;
			fallback |= !textLang.equals(l);
			shown.add(new GuidePage.Step(s.position(), s.text(textLang), textLang, s.audio(textLang), s.picture()));
		}
		return new GuidePage(slug, version.number(), l, titles.getOrDefault(l, titles.getOrDefault(vi, slug)), fallback,
				shown);
	}

	/** A picture or recording, by its name in {@code /guides/media/}. */
	public Optional<GuideMedia> media(String name) {
		return this.media.get(name);
	}

	/**
	 * The printable card of the published version, its QR code leading to
	 * {@code address}.
	 */
	public byte[] card(long id, String address, String hint) {
		Version published = this.guides.latestPublished(id).orElseThrow(() -> new NotFoundException("guide " + id));
		Map<String, String> all = this.guides.titles(published.id());
		List<String> titles = this.languages.offered()
			.stream()
			.map(all::get)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		return this.cards.pdf(titles, address, hint);
	}

}
