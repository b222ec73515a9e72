package org.causo.library.guides;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.causo.shared.QrPdf;

import org.springframework.stereotype.Component;

/**
 * A guide's printable card, A6 to pin up or hand out: its title in each language it has,
 * the QR code of its public address and the address in text, in an embedded font that
 * prints every Vietnamese diacritic.
 */
@Component
public class GuideCards {

	public byte[] pdf(List<String> titles, String url, String hint) {
		PDRectangle size = PDRectangle.A6;
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(size);
			doc.addPage(page);
			PDType0Font regular = QrPdf.font(doc, QrPdf.REGULAR);
			PDType0Font bold = QrPdf.font(doc, QrPdf.BOLD);
			float margin = 20;
			float width = size.getWidth() - 2 * margin;
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				float y = size.getHeight() - margin;
				for (int i = 0; i < titles.size(); i++) {
					y = paragraph(cs, (i == 0) ? bold : regular, (i == 0) ? 15 : 10, titles.get(i), margin, y, width);
				}
				float qr = Math.min(width, 190);
				QrPdf.draw(cs, url, margin + (width - qr) / 2, y - qr - 4, qr);
				y -= qr + 8;
				y = paragraph(cs, bold, 9, url, margin, y, width);
				paragraph(cs, regular, 9, hint, margin, y, width);
			}
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes wrapped, centred lines below {@code y}; where the next line goes. */
	private static float paragraph(PDPageContentStream cs, PDType0Font font, float size, String text, float left,
			float y, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		for (String l : lines) {
			y -= size * 1.3f;
			cs.beginText();
			cs.setFont(font, size);
			cs.newLineAtOffset(left + (width - font.getStringWidth(l) / 1000 * size) / 2, y);
			cs.showText(l);
			cs.endText();
		}
		return y - size * 0.4f;
	}

}
