package org.causo.mailbox;

import java.awt.image.BufferedImage;
import java.util.Locale;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.causo.shared.Scope;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class PosterIntegrationTests extends IntegrationTest {

	@Autowired
	Mailboxes mailboxes;

	@Test
	void anA4PosterCarriesAScannableCodeTheAddressThePostAndTheStepsInTwoLanguages() throws Exception {
		QrPointRef point = point();
		byte[] pdf = this.mailboxes.poster(Scope.all(), officerIdByUsername("admin"), point.id(), Locale.ENGLISH, false,
				"https://causo.example");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("Hộp thư tố giác tội phạm – Đồn Biên phòng Ka Lăng")
				.contains("Mở camera điện thoại, quét mã QR này.")
				.contains("Open your phone's camera and scan this QR code.")
				.contains("https://causo.example/q/" + point.code());
			assertThat(decodeQr(doc)).isEqualTo("https://causo.example/q/" + point.code());
			javax.imageio.ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 60), "png",
					java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"))
						.resolve("poster-a4.png")
						.toFile());
		}
	}

	@Test
	void anA6StickerInFrenchIsAlsoScannable() throws Exception {
		QrPointRef point = point();
		byte[] pdf = this.mailboxes.poster(Scope.all(), officerIdByUsername("admin"), point.id(), Locale.FRENCH, true,
				"https://causo.example");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A6.getWidth());
			assertThat(new PDFTextStripper().getText(doc)).contains("Ouvrez l'appareil photo");
			assertThat(decodeQr(doc)).isEqualTo("https://causo.example/q/" + point.code());
		}
	}

	@Test
	void theCommanderDownloadsThePosterAndAnotherPostCannot() {
		QrPointRef point = point();
		WebSession commander = loggedIn("kalang.commander");
		WebSession.Page pdf = commander.get("/points/" + point.id() + "/poster.pdf?size=A6&second=fr");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(loggedIn("huoiluong.commander").get("/points/" + point.id() + "/poster.pdf").status())
			.isEqualTo(404);
	}

	@Test
	void thePosterOffersEveryLanguageOfTheFormOnTheSettingsPageApartFromTheInbox() throws Exception {
		QrPointRef point = point();
		long mailbox = this.jdbc.sql("select mailbox_id from qr_point where id = :id")
			.param("id", point.id())
			.query(Long.class)
			.single();
		WebSession commander = loggedIn("kalang.commander");
		org.jsoup.nodes.Document inbox = org.jsoup.Jsoup.parse(commander.get("/mailboxes/" + mailbox).body());
		assertThat(inbox.select("#retention-days, #point-name, .points")).as("settings are not in the inbox").isEmpty();
		assertThat(inbox.select("details.filters-box form.filters")).hasSize(1);
		assertThat(inbox.select("a[href=/mailboxes/" + mailbox + "/settings]")).hasSize(1);
		org.jsoup.nodes.Document settings = org.jsoup.Jsoup
			.parse(commander.get("/mailboxes/" + mailbox + "/settings").body());
		assertThat(settings.select("#retention-days, #point-name")).hasSize(2);
		assertThat(settings.select("#second-" + point.id() + " option").eachAttr("value")).containsExactly("vi", "en",
				"fr");
		assertThat(commander.get("/points/" + point.id() + "/poster.pdf?second=xx").status()).isEqualTo(400);
		WebSession.Page vietnameseOnly = commander.get("/points/" + point.id() + "/poster.pdf?second=vi");
		assertThat(vietnameseOnly.status()).isEqualTo(200);
		byte[] pdf = this.mailboxes.poster(Scope.all(), officerIdByUsername("admin"), point.id(),
				Locale.forLanguageTag("vi"), false, "https://causo.example");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc)).doesNotContain("Open your phone", "Ouvrez");
		}
	}

	private QrPointRef point() {
		return this.jdbc.sql("""
				select q.id, q.code from qr_point q join mailbox m on m.id = q.mailbox_id
				join border_post p on p.id = m.post_id
				where p.name = 'Ka Lăng' and m.kind = 'CRIME_TIP' order by q.id limit 1
				""").query((rs, i) -> new QrPointRef(rs.getLong(1), rs.getString(2))).single();
	}

	/**
	 * The QR code's text, as a phone camera would read it: rendered at a few resolutions,
	 * since one rendering can blur a module edge enough for a checksum miss.
	 */
	private static String decodeQr(PDDocument doc) throws Exception {
		Exception last = null;
		for (int dpi : new int[] { 150, 200, 300 }) {
			BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
			int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			BinaryBitmap bitmap = new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
			try {
				return new QRCodeReader()
					.decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
					.getText();
			}
			catch (com.google.zxing.ReaderException ex) {
				last = ex;
			}
		}
		throw last;
	}

	record QrPointRef(long id, String code) {

	}

}
