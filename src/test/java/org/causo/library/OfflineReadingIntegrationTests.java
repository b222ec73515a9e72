package org.causo.library;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline reader's files as the browser gets them: the worker may control /guides as
 * well as /law, is checked again at every visit (a 304 when unchanged), and the offline
 * page answers in the language asked for without setting a cookie.
 */
class OfflineReadingIntegrationTests extends IntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String header, String value) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header(header, value).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theWorkerIsScriptAllowedAboveItsFolderAndRevalidatedAtEveryVisit() throws Exception {
		HttpResponse<String> worker = get("/law/reading-sw.js", "Accept", "*/*");
		assertThat(worker.statusCode()).isEqualTo(200);
		assertThat(worker.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/javascript"));
		assertThat(worker.headers().firstValue("Service-Worker-Allowed")).hasValue("/");
		assertThat(worker.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("no-cache"));
		assertThat(worker.body()).contains("reading-pages-").contains("MAX_PAGES = 100");
		String etag = worker.headers().firstValue("ETag").orElseThrow();
		assertThat(get("/law/reading-sw.js", "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	@Test
	void theOfflinePageSpeaksTheLanguageAskedForAndSetsNoCookie() throws Exception {
		HttpResponse<String> english = get("/law/offline", "Accept-Language", "en");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("No network");
		assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
		assertThat(english.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(get("/law/offline", "Accept-Language", "vi").body()).contains("Không có mạng");
	}

}
