package org.causo.library.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * The demo guides' pictures, drawn here rather than taken from anywhere: a phone in the
 * guide's colour with one plain sign on its screen. Shapes only, no text, so that a
 * picture needs no translation and no font.
 */
final class DemoPictures {

	private static final int W = 720;

	private static final int H = 480;

	private DemoPictures() {
	}

	static byte[] png(String motif, Color color) {
		BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(0xf3f6f8));
		g.fillRect(0, 0, W, H);
		g.setColor(new Color(0x1b1f24));
		g.fillRoundRect(250, 30, 220, 420, 36, 36);
		g.setColor(color);
		g.fillRect(266, 70, 188, 330);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		draw(g, motif);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A sign centred on the screen, around (360, 235). */
	private static void draw(Graphics2D g, String motif) {
		switch (motif) {
			case "download" -> {
				g.drawLine(360, 160, 360, 280);
				g.drawPolyline(new int[] { 315, 360, 405 }, new int[] { 240, 285, 240 }, 3);
				g.drawLine(305, 320, 415, 320);
			}
			case "card" -> {
				g.drawRoundRect(290, 180, 140, 100, 14, 14);
				g.fillOval(305, 200, 40, 40);
				g.drawLine(360, 210, 410, 210);
				g.drawLine(360, 245, 400, 245);
			}
			case "shield" -> {
				Path2D p = new Path2D.Float();
				p.moveTo(360, 150);
				p.lineTo(420, 175);
				p.curveTo(420, 250, 400, 290, 360, 320);
				p.curveTo(320, 290, 300, 250, 300, 175);
				p.closePath();
				g.draw(p);
			}
			case "check" -> g.drawPolyline(new int[] { 305, 345, 420 }, new int[] { 240, 280, 185 }, 3);
			case "cross" -> {
				g.drawLine(310, 185, 410, 285);
				g.drawLine(410, 185, 310, 285);
			}
			case "bolt" -> g.drawPolyline(new int[] { 380, 325, 375, 335 }, new int[] { 155, 245, 235, 320 }, 4);
			case "qr" -> {
				for (int[] c : new int[][] { { 295, 170 }, { 375, 170 }, { 295, 250 } }) {
					g.drawRect(c[0], c[1], 50, 50);
				}
				g.fillRect(385, 260, 20, 20);
				g.fillRect(410, 285, 10, 10);
			}
			case "bubble" -> {
				g.drawRoundRect(290, 170, 140, 95, 30, 30);
				g.drawPolyline(new int[] { 320, 315, 345 }, new int[] { 265, 300, 265 }, 3);
			}
			case "hangup" -> {
				g.drawArc(300, 190, 120, 90, 20, 140);
				g.drawLine(305, 290, 415, 180);
			}
			case "leaf" -> {
				g.drawOval(315, 165, 90, 150);
				g.drawLine(360, 175, 360, 330);
			}
			case "photo" -> {
				g.drawRoundRect(295, 185, 130, 95, 12, 12);
				g.drawOval(335, 205, 50, 50);
			}
			default -> g.fillOval(330, 205, 60, 60);
		}
	}

}
