package org.causo.languages.demo;

import org.causo.languages.catalogue.LanguageStore;
import org.causo.shared.DemoLoader;

import org.springframework.stereotype.Component;

/**
 * Adds Hmong ({@code hmn}, "Hmoob") and translates nothing: the demo ships only the
 * Vietnamese, English and French people wrote, so the translation screen shows Hmong
 * missing everywhere and public pages do not offer it yet.
 */
@Component
class LanguagesDemo implements DemoLoader {

	private final LanguageStore languages;

	LanguagesDemo(LanguageStore languages) {
		this.languages = languages;
	}

	@Override
	public boolean loaded() {
		return this.languages.find("hmn").isPresent();
	}

	@Override
	public String load() {
		this.languages.insert(new LanguageStore.Row("hmn", "Hmoob", "Tiếng Mông", true));
		return "Hmong, nothing translated";
	}

}
