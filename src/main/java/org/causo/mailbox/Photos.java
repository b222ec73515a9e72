package org.causo.mailbox;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.causo.shared.InvalidInputException;

/**
 * Makes an uploaded photo safe to keep: the type is read from the bytes, not the name;
 * the size in pixels is read from the header before anything is decoded, so a
 * decompression bomb is refused; then the pixels alone are encoded again, which leaves
 * every EXIF, XMP and GPS tag behind.
 */
final class Photos {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final long MAX_PIXELS = 40_000_000L;

	private Photos() {
	}

	/**
	 * A clean copy.
	 *
	 * @param contentType image/jpeg or image/png
	 * @param bytes the re-encoded image, without metadata
	 */
	record Clean(String contentType, byte[] bytes) {

	}

	static Clean clean(byte[] upload) {
		if (upload.length > MAX_BYTES) {
			throw InvalidInputException.of("files", "tip.error.fileTooLarge", MAX_BYTES / (1024 * 1024));
		}
		String format = sniff(upload);
		if (format == null) {
			throw InvalidInputException.of("files", "tip.error.fileType");
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (in == null || !readers.hasNext()) {
				throw InvalidInputException.of("files", "tip.error.fileType");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw InvalidInputException.of("files", "tip.error.filePixels");
				}
				BufferedImage image = reader.read(0);
				return new Clean("jpeg".equals(format) ? "image/jpeg" : "image/png", encode(image, format));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw InvalidInputException.of("files", "tip.error.fileBroken");
		}
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		BufferedImage pixels = image;
		if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
			pixels = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			pixels.createGraphics().drawImage(image, 0, 0, null);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(pixels, format, out)) {
			throw new IOException("no writer for " + format);
		}
		return out.toByteArray();
	}

	/**
	 * JPEG and PNG by their magic numbers; anything else is refused whatever its name
	 * says.
	 */
	static String sniff(byte[] bytes) {
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return "jpeg";
		}
		if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "png";
		}
		return null;
	}

}
