package org.causo.library.demo;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.causo.library.Guides;
import org.causo.shared.DemoLoader;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The five demo guides of {@code library/guides/demo.txt}, in Vietnamese, English and
 * French, each step with a drawn picture and no voice, written and published through the
 * editors' facade. A guide already there is skipped.
 */
@Component
class GuideDemo implements DemoLoader {

	private final Guides guides;

	GuideDemo(Guides guides) {
		this.guides = guides;
	}

	/** A guide as the file says it. */
	record Written(String slug, Color color, Map<String, String> titles, List<Step> steps) {

	}

	/** A step: its motif and its text by language. */
	record Step(String motif, Map<String, String> texts) {

	}

	@Override
	public boolean loaded() {
		return !this.guides.all("vi").isEmpty();
	}

	@Override
	public String load() {
		Map<String, Long> existing = new LinkedHashMap<>();
		this.guides.all("vi").forEach((g) -> existing.put(g.slug(), g.id()));
		int written = 0;
		for (Written w : read()) {
			if (existing.containsKey(w.slug())) {
				continue;
			}
			written++;
			long id = this.guides.create(w.slug(), w.titles().get("vi"));
			w.titles().forEach((lang, title) -> this.guides.setTitle(id, lang, title));
			for (Step s : w.steps()) {
				int position = this.guides.addStep(id);
				this.guides.setPicture(id, position, DemoPictures.png(s.motif(), w.color()));
				s.texts().forEach((lang, text) -> this.guides.setText(id, position, lang, text));
			}
			this.guides.publish(id);
		}
		return written + " guides";
	}

	static List<Written> read() {
		List<Written> guides = new ArrayList<>();
		try {
			String text = new ClassPathResource("library/guides/demo.txt").getContentAsString(StandardCharsets.UTF_8);
			Written guide = null;
			for (String line : text.split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String key = line.substring(0, line.indexOf('='));
				String value = line.substring(line.indexOf('=') + 1).strip();
				if (key.equals("guide")) {
					guide = new Written(value, Color.GRAY, new LinkedHashMap<>(), new ArrayList<>());
					guides.add(guide);
				}
				else if (key.equals("color")) {
					guide = new Written(guide.slug(), new Color(Integer.parseInt(value, 16)), guide.titles(),
							guide.steps());
					guides.set(guides.size() - 1, guide);
				}
				else if (key.startsWith("title.")) {
					guide.titles().put(key.substring("title.".length()), value);
				}
				else if (key.equals("step")) {
					guide.steps().add(new Step(value, new LinkedHashMap<>()));
				}
				else {
					guide.steps().getLast().texts().put(key, value);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return guides;
	}

}
