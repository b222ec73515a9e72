package org.causo.library.guides;

import java.util.List;

import org.causo.languages.TranslatableContent;
import org.causo.library.GuideContent;
import org.causo.library.Guides;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guides on the translation screen: per guide, its title and step texts still to
 * translate into a language (in its newest version, draft or published), and the editor
 * page where they are typed.
 */
@Component
class GuideTranslations implements TranslatableContent {

	private final Guides guides;

	GuideTranslations(Guides guides) {
		this.guides = guides;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ContentGap> gaps(String language) {
		return this.guides.all("vi")
			.stream()
			.map((g) -> this.guides.latest(g.id()))
			.map((c) -> gap(c, language))
			.toList();
	}

	private static ContentGap gap(GuideContent guide, String language) {
		String title = guide.titles().getOrDefault(language, "");
		int missing = (title.isBlank() ? 1 : 0) + guide.missingText(language).size();
		return new ContentGap(guide.title(), "/admin/guides/" + guide.guideId() + "?content=" + language, missing,
				1 + guide.steps().size());
	}

}
