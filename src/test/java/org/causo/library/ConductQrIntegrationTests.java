package org.causo.library;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code of conduct's QR codes: one for the document and one for each section's anchor,
 * decoding to the current version's public address, so that a printed poster stays right
 * after a new version.
 */
class ConductQrIntegrationTests extends IntegrationTest {

	@Test
	void theDocumentsAndEachSectionsQrCodeDecodeToThePublicAddress() throws Exception {
		WebSession reader = session();
		assertThat(reader.get("/conduct").body()).contains("src=\"/conduct/qr.svg\"")
			.contains("href=\"/conduct/qr.svg?section=muc-3\"");
		Page qr = reader.get("/conduct/qr.svg");
		assertThat(qr.status()).isEqualTo(200);
		assertThat(qr.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(LawQrIntegrationTests.decode(qr.body())).isEqualTo("https://causo.test/conduct");
		assertThat(LawQrIntegrationTests.decode(reader.get("/conduct/qr.svg?section=muc-3").body()))
			.isEqualTo("https://causo.test/conduct#muc-3");
		assertThat(reader.cookiesSet()).isEmpty();
	}

	@Test
	void noQrCodeForASectionThatDoesNotExist() {
		assertThat(session().get("/conduct/qr.svg?section=muc-999").status()).isEqualTo(404);
		assertThat(session().get("/conduct/qr.svg?section=%22%3E%3Cx").status()).isEqualTo(404);
	}

}
