package org.causo.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Makes an uploaded photo safe to keep, for any module: the type is read from the bytes,
 * not the name; the size in pixels is read from the header before anything is decoded, so
 * a decompression bomb is refused; then the pixels alone are encoded again, which leaves
 * every EXIF, XMP and GPS tag behind. (The mailbox keeps its own copy of this logic, with
 * its own limits.)
 */
public final class Images {

	public static final long MAX_PIXELS = 40_000_000L;

	private Images() {
	}

	/**
	 * A clean copy.
	 *
	 * @param contentType image/jpeg or image/png
	 * @param bytes the re-encoded image, without metadata
	 */
	public record Clean(String contentType, byte[] bytes) {

	}

	/**
	 * The messages a caller shows for a refused image: each key takes no argument but
	 * {@code tooLarge}, which gets the limit in MB.
	 *
	 * @param field the form field
	 * @param tooLarge too many bytes
	 * @param type neither JPEG nor PNG
	 * @param pixels too many pixels
	 * @param broken cannot be decoded
	 */
	public record Messages(String field, String tooLarge, String type, String pixels, String broken) {

	}

	public static Clean clean(byte[] upload, int maxBytes, Messages messages) {
		if (upload.length > maxBytes) {
			throw InvalidInputException.of(messages.field(), messages.tooLarge(), maxBytes / (1024 * 1024));
		}
		String format = sniff(upload);
		if (format == null) {
			throw InvalidInputException.of(messages.field(), messages.type());
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (in == null || !readers.hasNext()) {
				throw InvalidInputException.of(messages.field(), messages.type());
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw InvalidInputException.of(messages.field(), messages.pixels());
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
			throw InvalidInputException.of(messages.field(), messages.broken());
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

	/** JPEG and PNG by their magic numbers; anything else is refused. */
	public static String sniff(byte[] bytes) {
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return "jpeg";
		}
		if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "png";
		}
		return null;
	}

}
