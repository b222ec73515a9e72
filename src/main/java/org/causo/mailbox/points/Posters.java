package org.causo.mailbox.points;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.causo.mailbox.MailboxKind;
import org.causo.shared.QrPdf;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Printable posters for a QR point: the QR code, the short address in text, the post's
 * name and three plain steps in Vietnamese and a second language, in an embedded font
 * that prints every Vietnamese diacritic. A4 for walls, A6 for stickers.
 */
@Component
class Posters {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	Posters(MessageSource messages) {
		this.messages = messages;
	}

	byte[] pdf(MailboxKind kind, String postName, String url, Locale second, boolean sticker) {
		PDRectangle size = sticker ? PDRectangle.A6 : PDRectangle.A4;
		float scale = size.getWidth() / PDRectangle.A4.getWidth();
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(size);
			doc.addPage(page);
			PDType0Font regular = QrPdf.font(doc, QrPdf.REGULAR);
			PDType0Font bold = QrPdf.font(doc, QrPdf.BOLD);
			float margin = 40 * scale;
			float width = size.getWidth() - 2 * margin;
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				Writer w = new Writer(cs, margin, size.getHeight() - margin, width);
				w.paragraph(bold, 26 * scale, text("poster.title." + kind, VIETNAMESE, postName));
				// a poster in Vietnamese only has no second line
				boolean both = !second.getLanguage().equals(VIETNAMESE.getLanguage());
				if (both) {
					w.paragraph(regular, 14 * scale, text("poster.title." + kind, second, postName));
				}
				float qrSize = Math.min(width, 300 * scale);
				w.y -= 6 * scale;
				QrPdf.draw(cs, url, margin + (width - qrSize) / 2, w.y - qrSize, qrSize);
				w.y -= qrSize + 8 * scale;
				w.paragraph(bold, 15 * scale, url);
				for (int step = 1; step <= 3; step++) {
					// what to write differs between a crime tip and a soldier's feedback
					String key = "poster.step" + step + ((step == 2) ? "." + kind : "");
					w.paragraph(bold, 13 * scale, step + ". " + text(key, VIETNAMESE));
					if (both) {
						w.paragraph(regular, 11 * scale, text(key, second));
					}
				}
				w.paragraph(regular, 10 * scale, text("poster.anonymous", VIETNAMESE));
				if (both) {
					w.paragraph(regular, 9 * scale, text("poster.anonymous", second));
				}
			}
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** Writes wrapped, centred lines downwards from the top of the page. */
	private static final class Writer {

		private final PDPageContentStream cs;

		private final float left;

		private final float width;

		private float y;

		Writer(PDPageContentStream cs, float left, float top, float width) {
			this.cs = cs;
			this.left = left;
			this.y = top;
			this.width = width;
		}

		void paragraph(PDType0Font font, float size, String text) throws IOException {
			for (String line : wrap(font, size, text)) {
				float lineWidth = font.getStringWidth(line) / 1000 * size;
				this.y -= size * 1.3f;
				this.cs.beginText();
				this.cs.setFont(font, size);
				this.cs.newLineAtOffset(this.left + (this.width - lineWidth) / 2, this.y);
				this.cs.showText(line);
				this.cs.endText();
			}
			this.y -= size * 0.4f;
		}

		private List<String> wrap(PDType0Font font, float size, String text) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (font.getStringWidth(candidate) / 1000 * size > this.width && !line.isEmpty()) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			lines.add(line.toString());
			return lines;
		}

	}

}
