package org.causo.languages;

/**
 * A language as the catalogue knows it: built in (its texts in the bundles) or added (its
 * texts typed in the translation screen), with how many public texts it has.
 */
public record LanguageView(String code, String nameNative, String nameVi, boolean builtIn, boolean enabled,
		int translated, int total, boolean offered) {

	public int missing() {
		return this.total - this.translated;
	}

	/** The share of public texts translated, in whole percent rounded down. */
	public int percent() {
		return (this.total == 0) ? 100 : (int) (100L * this.translated / this.total);
	}

}
