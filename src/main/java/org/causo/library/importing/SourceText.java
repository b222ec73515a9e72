package org.causo.library.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.causo.library.ImportFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns an imported text into paragraphs of plain, composed (NFC) text. In Markdown,
 * lines next to each other make one paragraph (Markdown wraps them); in plain text and
 * HTML every line or block is a paragraph of its own, as copies from the law portals
 * come.
 */
public final class SourceText {

	private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~<>\"'])");

	private static final Pattern TABLE_BORDER = Pattern.compile("^[\\s+\\-:=|]+$");

	private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

	private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

	private SourceText() {
	}

	public static List<String> paragraphs(String content, ImportFormat format) {
		String text = Normalizer.normalize(content, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
		return switch (format) {
			case TEXT -> lines(text);
			case MARKDOWN -> markdown(text);
			case HTML -> html(text);
		};
	}

	private static List<String> lines(String text) {
		List<String> paragraphs = new ArrayList<>();
		for (String line : text.split("\n")) {
			add(paragraphs, line);
		}
		return paragraphs;
	}

	private static List<String> markdown(String text) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String raw : text.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || TABLE_BORDER.matcher(line).matches()) {
				add(paragraphs, current.toString());
				current.setLength(0);
				continue;
			}
			if (line.startsWith("|")) {
				// a table row: its cells read one after the other
				line = line.replaceAll("^\\||\\|$", "").replace("|", " ");
			}
			line = line.replaceFirst("^#{1,6}\\s+", "");
			line = LINK.matcher(line).replaceAll("$1");
			line = ESCAPE.matcher(line.replace("*", "")).replaceAll("$1");
			if (line.endsWith("\\")) {
				line = line.substring(0, line.length() - 1);
			}
			current.append(' ').append(line);
		}
		add(paragraphs, current.toString());
		return paragraphs;
	}

	private static List<String> html(String text) {
		Document doc = Jsoup.parse(text);
		doc.select("script, style, head").remove();
		List<String> paragraphs = new ArrayList<>();
		Elements blocks = doc.body().select("p, h1, h2, h3, h4, h5, h6, li, tr, pre, blockquote, div");
		for (Element block : blocks) {
			// a block inside another is read with the outer one only when the outer has
			// text of its own
			if (block.select("p, h1, h2, h3, h4, h5, h6, li, tr, pre, blockquote, div").size() > 1) {
				add(paragraphs, block.ownText());
				continue;
			}
			for (String line : BREAK.split(block.html())) {
				add(paragraphs, Jsoup.parse(line).text());
			}
		}
		if (blocks.isEmpty()) {
			return lines(doc.body().wholeText());
		}
		return paragraphs;
	}

	private static void add(List<String> paragraphs, String text) {
		String clean = SPACES.matcher(text).replaceAll(" ").strip();
		if (!clean.isEmpty()) {
			paragraphs.add(clean);
		}
	}

}
