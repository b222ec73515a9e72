package org.causo.library;

import java.util.List;

/**
 * A legal text cut into its parts: what comes before the first article, the chapters and
 * the articles (or, in a Party resolution, its numbered points).
 *
 * @param preamble header and grounds, before the first chapter or article
 * @param chapters the chapters ("Chương I"), possibly none
 * @param articles the articles in order
 * @param numberedPoints true when the parts are numbered points ("1.") rather than
 * articles ("Điều 1.")
 */
public record DocumentText(String preamble, List<Chapter> chapters, List<Article> articles, boolean numberedPoints) {

	public DocumentText {
		chapters = List.copyOf(chapters);
		articles = List.copyOf(articles);
	}

	/**
	 * The anchor of an article's deep link: {@code dieu-12a}, or {@code muc-3} for a
	 * point.
	 */
	public static String anchor(String number, boolean point) {
		return (point ? "muc-" : "dieu-") + number.toLowerCase(java.util.Locale.ROOT);
	}

	/** The articles of one chapter, or those before any chapter when it is null. */
	public List<Article> articlesOf(Integer chapter) {
		return this.articles.stream().filter((a) -> java.util.Objects.equals(a.chapter(), chapter)).toList();
	}

	/**
	 * One chapter.
	 *
	 * @param position 1, 2, … in the document
	 * @param number as written ("I", "II")
	 * @param title its title
	 */
	public record Chapter(int position, String number, String title) {

	}

	/**
	 * One article.
	 *
	 * @param position 1, 2, … in the document
	 * @param chapter the position of its chapter, or null
	 * @param number as written ("1", "12a")
	 * @param title its title, possibly empty
	 * @param body its text, paragraphs separated by blank lines
	 */
	public record Article(int position, Integer chapter, String number, String title, String body) {

		/** The number of the annex that follows the signature, if the text has one. */
		public static final String ANNEX = "PL";

		/** Whether this is the annex after the signature rather than an article. */
		public boolean annex() {
			return ANNEX.equals(this.number);
		}

		/**
		 * The anchor of its deep link: {@code dieu-12a}, or {@code muc-3} for a point.
		 */
		public String anchor(boolean point) {
			return DocumentText.anchor(this.number, point);
		}

		/** The body's paragraphs, for the page. */
		public List<String> paragraphs() {
			return java.util.Arrays.stream(this.body.split("\n\n")).filter((p) -> !p.isBlank()).toList();
		}

	}

}
