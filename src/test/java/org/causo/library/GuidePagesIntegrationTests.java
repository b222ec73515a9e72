package org.causo.library;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public guides: the five demo guides in three languages, each first view within the
 * public page budget, and the QR codes of the page and of the printed card leading back
 * to the guide.
 */
class GuidePagesIntegrationTests extends IntegrationTest {

	static final List<String> DEMO = List.of("cai-dat-vneid", "tra-tien-dien-qr", "tra-cuu-bao-hiem-y-te",
			"nhan-biet-cuoc-goi-lua-dao", "ban-che-tren-zalo");

	@Test
	void theListOffersTheFiveDemoGuidesInTheReadersLanguageWithoutLogin() {
		WebSession reader = session();
		Page list = reader.get("/guides?lang=en");
		assertThat(list.status()).isEqualTo(200);
		for (String slug : DEMO) {
			assertThat(list.body()).contains("href=\"/guides/" + slug + "\"");
		}
		assertThat(list.body()).contains("Sell tea on Zalo", "Spot a scam call");
		assertThat(reader.get("/guides/nhan-biet-cuoc-goi-lua-dao?lang=fr").body())
			.contains("Reconnaître un appel frauduleux", "Raccrochez.");
		assertThat(reader.get("/guides/no-such-guide").status()).isEqualTo(404);
		// the language asked for is remembered (causo-lang), nothing else is set
		assertThat(reader.cookiesSet()).allMatch((c) -> c.startsWith("causo-lang="));
	}

	@Test
	void everyDemoGuideFitsThePublicBudgetCompressedInEveryLanguage() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		int largest = 0;
		for (String slug : DEMO) {
			for (String lang : List.of("vi", "en", "fr")) {
				HttpResponse<byte[]> response = http
					.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/guides/" + slug + "?lang=" + lang))
						.header("Accept-Encoding", "gzip")
						.GET()
						.build(), HttpResponse.BodyHandlers.ofByteArray());
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
				assertThat(response.body().length).as(slug + " " + lang).isLessThanOrEqualTo(14 * 1024);
				largest = Math.max(largest, response.body().length);
				String html = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
						StandardCharsets.UTF_8);
				assertThat(html).contains("loading=\"lazy\"").contains("srcset=");
			}
		}
		// the figure BENCHMARKS.md quotes
		System.out.println("Largest demo guide first view, gzip: " + largest + " bytes");
	}

	@Test
	void aPublishedGuidesQrCodeAndPrintedCardLeadToItsPublicAddress() throws Exception {
		long id = this.jdbc.sql("select id from guide where slug = 'ban-che-tren-zalo'").query(Long.class).single();
		Page qr = session().get("/guides/ban-che-tren-zalo/qr.svg");
		assertThat(qr.status()).isEqualTo(200);
		assertThat(qr.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(qr.body()).contains("<svg");
		WebSession commander = loggedIn("kalang.commander");
		commander.get("/admin/guides/" + id);
		byte[] pdf = commander.getBytes("/admin/guides/" + id + "/card.pdf");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(decodeQr(doc)).isEqualTo("https://causo.test/guides/ban-che-tren-zalo");
		}
		assertThat(session().get("/admin/guides/" + id + "/card.pdf").status()).isEqualTo(302);
	}

	@Test
	void aGuideNeverPublishedHasNoQrCodeNorCard() {
		WebSession admin = loggedIn("admin");
		GuideEditing guide = GuideEditing.create(admin, "g-" + unique(), "Chưa xuất bản");
		assertThat(session().get("/guides/" + guide.slug + "/qr.svg").status()).isEqualTo(404);
		assertThat(admin.get("/admin/guides/" + guide.id + "/card.pdf").status()).isEqualTo(404);
	}

	/** The card rendered as a printer would, read back as a phone camera would. */
	private static String decodeQr(PDDocument doc) throws Exception {
		Exception last = null;
		for (int dpi : new int[] { 150, 200, 300 }) {
			BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
			int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			BinaryBitmap bitmap = new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
			try {
				return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
			}
			catch (com.google.zxing.ReaderException ex) {
				last = ex;
			}
		}
		throw last;
	}

}
