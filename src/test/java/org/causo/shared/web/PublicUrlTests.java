package org.causo.shared.web;

import java.nio.file.Path;

import org.causo.shared.db.Deployment;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicUrlTests {

	private static final Deployment EMBEDDED = new Deployment(true, Path.of("data"));

	private static final Deployment PRODUCTION = new Deployment(false, Path.of("data"));

	@Test
	void theConfiguredAddressWinsOverTheRequestAndLosesItsTrailingSlash() {
		PublicUrl url = new PublicUrl(" https://causo.example.gov.vn/ ", PRODUCTION);
		assertThat(url.base(request("http", "10.0.0.5", 8080))).isEqualTo("https://causo.example.gov.vn");
	}

	@Test
	void theEmbeddedDemoWithoutAnAddressFallsBackToTheRequest() {
		PublicUrl url = new PublicUrl("", EMBEDDED);
		assertThat(url.base(request("http", "localhost", 8080))).isEqualTo("http://localhost:8080");
	}

	@Test
	void productionRefusesToStartWithoutAnAddress() {
		assertThatThrownBy(() -> new PublicUrl("  ", PRODUCTION)).hasMessageStartingWith("Set CAUSO_PUBLIC_URL");
	}

	@Test
	void anAddressThatIsNotAnHttpBaseIsRefused() {
		for (String bad : new String[] { "causo.example.gov.vn", "ftp://causo.example", "https://causo.example/?x=1",
				"https://causo.example/#top", "https:// causo" }) {
			assertThatThrownBy(() -> new PublicUrl(bad, EMBEDDED)).as(bad).hasMessageContaining("CAUSO_PUBLIC_URL");
		}
	}

	private static MockHttpServletRequest request(String scheme, String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mailboxes/1");
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		return request;
	}

}
