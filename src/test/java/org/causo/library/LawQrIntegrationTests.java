package org.causo.library;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each document's page carries a QR code of its public address, and each article's anchor
 * has one too: open to anyone, without a cookie.
 */
class LawQrIntegrationTests extends IntegrationTest {

	private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private long idOf(String number) {
		return this.jdbc.sql("select id from law_document where number = :n")
			.param("n", number)
			.query(Long.class)
			.single();
	}

	@Test
	void aDocumentsQrCodeDecodesToItsPublicAddress() throws Exception {
		long id = idOf("1670/NQ-UBTVQH15");
		WebSession reader = session();
		assertThat(reader.get("/law/" + id).body()).contains("src=\"/law/" + id + "/qr.svg\"")
			.contains("href=\"/law/" + id + "/qr.svg?article=dieu-3\"");
		Page qr = reader.get("/law/" + id + "/qr.svg");
		assertThat(qr.status()).isEqualTo(200);
		assertThat(qr.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(decode(qr.body())).isEqualTo("https://causo.test/law/" + id);
		assertThat(decode(reader.get("/law/" + id + "/qr.svg?article=dieu-3").body()))
			.isEqualTo("https://causo.test/law/" + id + "#dieu-3");
		assertThat(reader.cookiesSet()).isEmpty();
	}

	@Test
	void noQrCodeForADocumentOrAnchorThatDoesNotExist() {
		long id = idOf("1670/NQ-UBTVQH15");
		assertThat(session().get("/law/999999999/qr.svg").status()).isEqualTo(404);
		assertThat(session().get("/law/" + id + "/qr.svg?article=%22%3E%3Cx").status()).isEqualTo(404);
	}

	/** The SVG drawn as a phone camera sees it, and read back. */
	static String decode(String svg) throws Exception {
		Matcher box = VIEW_BOX.matcher(svg);
		assertThat(box.find()).isTrue();
		int scale = 8;
		int width = Integer.parseInt(box.group(1));
		int height = Integer.parseInt(box.group(2));
		BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		Matcher m = MODULE.matcher(svg);
		while (m.find()) {
			g.fillRect(Integer.parseInt(m.group(1)) * scale, Integer.parseInt(m.group(2)) * scale, scale, scale);
		}
		g.dispose();
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
	}

}
