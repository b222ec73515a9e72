package org.causo.library.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causo.library.DocumentText;
import org.causo.library.DocumentText.Article;
import org.causo.library.DocumentText.Chapter;
import org.causo.shared.SearchKey;

/**
 * Finds the chapters ("Chương I") and articles ("Điều 1.") of a legal text. A text
 * without articles, such as a Party resolution, is cut at its numbered points ("1.", "2."
 * … in sequence, so that the clauses inside a point are not taken for points). What
 * follows "Nơi nhận" after the last article (the addressees and signature) is left out.
 */
public final class LegalTextParser {

	private static final Pattern CHAPTER = Pattern.compile("^chuong ([ivxlcdm]+|\\d+)(?![a-z0-9])[.:]?\\s*(.*)$");

	private static final Pattern ARTICLE = Pattern.compile("(?iu)^[đð]iều\\s+(\\d+[a-z]?)\\s*[.:]\\s*(.*)$");

	private static final Pattern POINT = Pattern.compile("^(\\d+)\\.\\s*(.+)$");

	private LegalTextParser() {
	}

	/** The text's parts; no article at all gives an empty list of articles. */
	public static DocumentText parse(List<String> paragraphs) {
		DocumentText text = parse(paragraphs, false);
		if (text.articles().isEmpty()) {
			DocumentText points = parse(paragraphs, true);
			if (points.articles().size() >= 2) {
				return points;
			}
		}
		return text;
	}

	private static DocumentText parse(List<String> paragraphs, boolean points) {
		List<String> preamble = new ArrayList<>();
		List<Chapter> chapters = new ArrayList<>();
		List<Article> articles = new ArrayList<>();
		Open open = null;
		for (int i = 0; i < paragraphs.size(); i++) {
			String paragraph = paragraphs.get(i);
			if (open != null && DocumentText.Article.ANNEX.equals(open.number)) {
				// an annex has no chapters or articles of its own
				open.body.add(paragraph);
				continue;
			}
			Matcher chapter = CHAPTER.matcher(SearchKey.of(paragraph));
			Matcher article = points ? POINT.matcher(paragraph) : ARTICLE.matcher(paragraph);
			if (chapter.matches() && !points) {
				String title = paragraph.replaceFirst("^\\S+\\s+\\S+?[.:]?(\\s+|$)", "");
				if (title.isEmpty() && i + 1 < paragraphs.size() && !ARTICLE.matcher(paragraphs.get(i + 1)).matches()) {
					// "Chương I" alone, its title on the next line
					title = paragraphs.get(++i);
				}
				close(open, articles);
				open = null;
				chapters
					.add(new Chapter(chapters.size() + 1, chapter.group(1).toUpperCase(java.util.Locale.ROOT), title));
			}
			else if (article.matches() && (!points || isNext(article.group(1), open))) {
				close(open, articles);
				Integer in = chapters.isEmpty() ? null : chapters.size();
				open = points ? new Open(articles.size() + 1, in, article.group(1), "", article.group(2))
						: new Open(articles.size() + 1, in, article.group(1), article.group(2), null);
			}
			else if (open != null) {
				if (SearchKey.of(paragraph).contains("noi nhan:")) {
					// the addressees and signature are left out; what follows them is an
					// annex
					close(open, articles);
					open = (i + 1 < paragraphs.size()) ? new Open(articles.size() + 1, open.chapter,
							DocumentText.Article.ANNEX, paragraphs.get(++i), null) : null;
					continue;
				}
				open.body.add(paragraph);
			}
			else if (chapters.isEmpty()) {
				preamble.add(paragraph);
			}
		}
		close(open, articles);
		return new DocumentText(String.join("\n\n", preamble), chapters, articles, points);
	}

	private static boolean isNext(String number, Open open) {
		return number.equals(String.valueOf((open != null) ? open.position + 1 : 1));
	}

	private static void close(Open open, List<Article> articles) {
		if (open != null) {
			articles.add(new Article(open.position, open.chapter, open.number, open.title.strip(),
					String.join("\n\n", open.body)));
		}
	}

	/** The article being read. */
	private static final class Open {

		final int position;

		final Integer chapter;

		final String number;

		final String title;

		final List<String> body = new ArrayList<>();

		Open(int position, Integer chapter, String number, String title, String first) {
			this.position = position;
			this.chapter = chapter;
			this.number = number;
			this.title = title;
			if (first != null) {
				this.body.add(first);
			}
		}

	}

}
