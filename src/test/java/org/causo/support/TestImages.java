package org.causo.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/**
 * Images made byte by byte for the upload tests: a photo with GPS, a decompression bomb.
 */
public final class TestImages {

	public static final String PLACE = "SECRET-PLACE-BAN-PA-THANG";

	private TestImages() {
	}

	/** A real JPEG whose EXIF carries a description and GPS latitude 22°21'N. */
	public static byte[] jpegWithGps() {
		byte[] jpeg = plain("jpg");
		byte[] description = (PLACE + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(92 + description.length);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(92);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
		tiff.putInt(0);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
		tiff.putInt(0);
		tiff.putInt(22).putInt(1).putInt(21).putInt(1).putInt(0).putInt(1);
		tiff.put(description);
		byte[] exif = ByteBuffer.allocate(6 + tiff.capacity())
			.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
			.put(tiff.array())
			.array();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write((exif.length + 2) >> 8);
		out.write((exif.length + 2) & 0xFF);
		out.write(exif, 0, exif.length);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/**
	 * A tiny PNG file that claims 20000 × 20000 pixels: decoding it would need 400 MB.
	 */
	public static byte[] pngBomb() {
		return pngClaiming(20_000, 20_000);
	}

	/**
	 * A tiny grey PNG file whose header claims this size, with one row of pixel data.
	 */
	public static byte[] pngClaiming(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		chunk(out, "IHDR",
				ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 0, 0, 0, 0 }).array());
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[width + 1]);
		deflater.finish();
		byte[] buffer = new byte[1024];
		int length = deflater.deflate(buffer);
		byte[] idat = new byte[length];
		System.arraycopy(buffer, 0, idat, 0, length);
		chunk(out, "IDAT", idat);
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	public static byte[] plain(String format) {
		BufferedImage image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(new Color(20, 120, 60));
		g.fillRect(0, 0, 80, 60);
		g.setColor(Color.WHITE);
		g.fillOval(20, 10, 40, 40);
		g.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
