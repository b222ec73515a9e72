package org.causo.library.conduct;

import java.util.ArrayList;
import java.util.List;

import org.causo.library.ConductPreview;
import org.causo.library.ConductSection;
import org.causo.library.DocumentText;
import org.causo.library.DocumentText.Article;
import org.causo.library.ImportFormat;
import org.causo.library.importing.LegalTextParser;
import org.causo.library.importing.SourceText;

/**
 * Reads a pasted code of conduct with the law library's parser: its sections are written
 * as articles ("Điều 1. Với Nhân dân") or as numbered points ("1. Với Nhân dân"), the way
 * such codes are issued. Chapters, when there are any, are only headings around the
 * sections and are not kept.
 */
public final class ConductText {

	private ConductText() {
	}

	/** The sections found; none when the text has no numbered section. */
	public static ConductPreview parse(String typed, String content, ImportFormat format) {
		DocumentText text = LegalTextParser.parse(SourceText.paragraphs(content, format));
		List<ConductSection> sections = new ArrayList<>();
		for (Article a : text.articles()) {
			if (a.annex()) {
				continue;
			}
			String heading = a.title();
			String body = a.body();
			if (text.numberedPoints()) {
				// "1. Với Nhân dân" then its text: the point's first line is its heading
				int cut = body.indexOf("\n\n");
				heading = (cut < 0) ? body : body.substring(0, cut);
				body = (cut < 0) ? "" : body.substring(cut + 2);
			}
			sections.add(new ConductSection(sections.size() + 1, a.number(), heading.strip(), body.strip()));
		}
		String preamble = text.preamble();
		int cut = preamble.indexOf("\n\n");
		String first = (cut < 0) ? preamble : preamble.substring(0, cut);
		String title = (typed == null || typed.isBlank()) ? first : typed.strip();
		if (!first.isEmpty() && first.equals(title)) {
			// the text's first line is its title (found, or typed as the preview found
			// it)
			preamble = (cut < 0) ? "" : preamble.substring(cut + 2);
		}
		return new ConductPreview(title, preamble, sections);
	}

}
