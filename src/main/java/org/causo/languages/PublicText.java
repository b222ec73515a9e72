package org.causo.languages;

/**
 * One text of the public pages on the translation screen: its key, the page it belongs
 * to, the Vietnamese text and the translation into the language shown (null when
 * missing).
 */
public record PublicText(String key, String page, String vietnamese, String translation) {

	public boolean missing() {
		return this.translation == null;
	}

}
