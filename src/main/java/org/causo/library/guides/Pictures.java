package org.causo.library.guides;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.causo.library.GuideContent.Picture;
import org.causo.shared.ImageCleaner;
import org.causo.shared.Images;

import org.springframework.stereotype.Component;

/**
 * A step's picture as phones get it: checked and stripped of its metadata by the shared
 * {@link ImageCleaner} (a decompression bomb is refused there), then scaled to 360 and
 * 720 px wide and encoded as WebP, a third of a JPEG's size at the same look.
 */
@Component
public class Pictures {

	/** What an editor may upload. */
	public static final int MAX_BYTES = 8 * 1024 * 1024;

	static final int SMALL = 360;

	static final int LARGE = 720;

	static final Images.Messages MESSAGES = new Images.Messages("picture", "guide.error.picture.tooLarge",
			"guide.error.picture.type", "guide.error.picture.pixels", "guide.error.picture.broken");

	private final ImageCleaner cleaner;

	private final MediaStore media;

	Pictures(ImageCleaner cleaner, MediaStore media) {
		this.cleaner = cleaner;
		this.media = media;
	}

	public Picture store(byte[] upload) {
		Images.Clean clean = this.cleaner.clean(upload, MAX_BYTES, MESSAGES);
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
			return new Picture(this.media.put(webp(scaled(image, SMALL)), "image/webp", "webp"),
					this.media.put(webp(scaled(image, LARGE)), "image/webp", "webp"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** At most {@code width} wide, never enlarged, on white where it was transparent. */
	static BufferedImage scaled(BufferedImage image, int width) {
		int w = Math.min(width, image.getWidth());
		int h = Math.max(1, Math.round((float) image.getHeight() * w / image.getWidth()));
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		var g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, w, h);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return out;
	}

	static byte[] webp(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByMIMEType("image/webp").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionType("Lossy");
		param.setCompressionQuality(0.75f);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
