package org.causo.shared;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.core.io.ClassPathResource;

/**
 * What every printed card and poster needs from PDFBox: a QR code drawn as filled squares
 * (sharp at any print size) and a font with every Vietnamese glyph, embedded.
 */
public final class QrPdf {

	/**
	 * The fonts in {@code src/main/resources/fonts}: DejaVu has every Vietnamese glyph.
	 */
	public static final String REGULAR = "fonts/DejaVuSans.ttf";

	public static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

	private QrPdf() {
	}

	/** A font from the class path, embedded (subset) in the document. */
	public static PDType0Font font(PDDocument doc, String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return PDType0Font.load(doc, in);
		}
	}

	/** Draws the QR code of {@code url} in a square of {@code size} points at (x, y). */
	public static void draw(PDPageContentStream cs, String url, float x, float y, float size) throws IOException {
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

}
