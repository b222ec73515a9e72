package org.causo.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes an uploaded photo safe to keep, for any module: the type is read from the bytes,
 * not the name; the size in pixels and the depth are read from the header before anything
 * is decoded, so a decompression bomb is refused; then the pixels alone are encoded
 * again, which leaves every EXIF, XMP and GPS tag behind. Everything happens in memory:
 * ImageIO's default file cache would copy the original upload, GPS included, and the
 * cleaned image to {@code imageio*.tmp} files in clear. {@link ImageCleaner} bounds how
 * many run at once.
 */
public final class Images {

	/**
	 * 12 Mpx: a phone's full-size photo; photo.js scales to 1600 px before sending
	 * anyway.
	 */
	public static final long MAX_PIXELS = 12_000_000L;

	/**
	 * At most 8 bits in at most 4 channels, so that one decode never takes more than
	 * MAX_PIXELS × 4 bytes (48 MB); a 16-bit PNG would take twice that and more.
	 */
	static final int MAX_BITS_PER_CHANNEL = 8;

	static final int MAX_CHANNELS = 4;

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
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (!readers.hasNext()) {
				throw InvalidInputException.of(messages.field(), messages.type());
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw InvalidInputException.of(messages.field(), messages.pixels());
				}
				if (!withinDepth(reader)) {
					throw InvalidInputException.of(messages.field(), messages.broken());
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
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
		if (!writers.hasNext()) {
			throw new IOException("no writer for " + format);
		}
		ImageWriter writer = writers.next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(pixels);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/** Channels and bits per channel, from the header, before any pixel is decoded. */
	private static boolean withinDepth(ImageReader reader) throws IOException {
		ImageTypeSpecifier type = reader.getRawImageType(0);
		if (type == null) {
			Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
			type = types.hasNext() ? types.next() : null;
		}
		if (type == null || type.getNumBands() > MAX_CHANNELS) {
			return false;
		}
		for (int band = 0; band < type.getNumBands(); band++) {
			if (type.getBitsPerBand(band) > MAX_BITS_PER_CHANNEL) {
				return false;
			}
		}
		return true;
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
