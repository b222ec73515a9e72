package org.causo.library.guides;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.core.io.ClassPathResource;
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
			PDType0Font regular = font(doc, "fonts/DejaVuSans.ttf");
			PDType0Font bold = font(doc, "fonts/DejaVuSans-Bold.ttf");
			float margin = 20;
			float width = size.getWidth() - 2 * margin;
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				float y = size.getHeight() - margin;
				for (int i = 0; i < titles.size(); i++) {
					y = paragraph(cs, (i == 0) ? bold : regular, (i == 0) ? 15 : 10, titles.get(i), margin, y, width);
				}
				float qr = Math.min(width, 190);
				qr(cs, url, margin + (width - qr) / 2, y - qr - 4, qr);
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

	private static PDType0Font font(PDDocument doc, String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return PDType0Font.load(doc, in);
		}
	}

	private static void qr(PDPageContentStream cs, String url, float x, float y, float size) throws IOException {
		BitMatrix m;
		try {
			m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("address too long for a QR code", ex);
		}
		float cell = size / m.getWidth();
		for (int row = 0; row < m.getHeight(); row++) {
			for (int col = 0; col < m.getWidth(); col++) {
				if (m.get(col, row)) {
					cs.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
				}
			}
		}
		cs.fill();
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
