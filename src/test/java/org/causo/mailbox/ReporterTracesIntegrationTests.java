package org.causo.mailbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server keeps about a reporter's visit besides the report: no metric, no log
 * line, not even for a failure or an icon the phone asks for on its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReporterTracesIntegrationTests extends IntegrationTest {

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private static final Pattern RECEIPT = Pattern.compile("id=\"receipt\">([0-9 ]+)<");

	/**
	 * A reporter's page named in a log line or a metric: {@code /q/…}, {@code /r},
	 * {@code /r/…}.
	 */
	private static final Pattern REPORTERS_PAGE = Pattern.compile("/q/|(?<![\\w.-])/r(?![\\w-])");

	@Test
	void noMetricNamesAReportersPage() throws Exception {
		WebSession phone = session();
		String receipt = sendATip(phone);
		phone.post("/r", Map.of("receipt", receipt));
		phone.post("/r/reply", Map.of("receipt", receipt, "text", "Vâng"));
		api("admin").get("/api/units");

		String metrics = scrape();

		assertThat(metrics).contains("http_server_requests_seconds_count");
		assertThat(metrics.lines().filter((line) -> line.startsWith("http_server_requests"))).isNotEmpty()
			.noneMatch(
					(line) -> line.contains("uri=\"/q/") || line.contains("uri=\"/r\"") || line.contains("uri=\"/r/"));
	}

	@Test
	void anUnexpectedFailureOnAReportersPageShowsThePlainErrorPageInTheirLanguageAndLogsNothing(CapturedOutput output) {
		WebSession phone = session();
		String receipt = sendATip(phone);
		// a report whose receipt key is gone: opening it fails where nothing expects it
		this.jdbc.sql("delete from report_key where holder = 'RECEIPT' and report_id = (select max(id) from report)")
			.update();
		int from = output.getAll().length();

		Page failed = phone.post("/r", Map.of("receipt", receipt, "lang", "en"));

		assertThat(failed.status()).isEqualTo(500);
		assertThat(failed.headers().keySet()).noneMatch("Set-Cookie"::equalsIgnoreCase);
		assertThat(failed.body()).contains("class=\"public\"", "lang=\"en\"", "Something went wrong")
			.doesNotContain("Exception");
		String logged = output.getAll().substring(from);
		assertThat(logged).doesNotContainPattern(REPORTERS_PAGE)
			.doesNotContain("NoSuchElement")
			.doesNotContain("Servlet.service")
			.doesNotContain(receipt);
	}

	@Test
	void anUnknownAddressUnderAReportersPageGetsThePlainErrorPageWithoutACookieOrALogLine(CapturedOutput output)
			throws Exception {
		int from = output.getAll().length();

		HttpResponse<String> missing = stranger("/q/AB/CD?lang=en");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(missing.body()).contains("class=\"public\"", "Page not found");
		assertThat(output.getAll().substring(from)).doesNotContainPattern(REPORTERS_PAGE).doesNotContain("AB/CD");
	}

	@Test
	void aBrokenUploadOnAReportersPageIsRefusedWithoutALogLine(CapturedOutput output) throws Exception {
		String code = qrCode("Ka Lăng", "CRIME_TIP");
		int from = output.getAll().length();

		HttpResponse<String> broken = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/" + code + "?lang=en"))
				.header("Accept", "text/html")
				.header("Content-Type", "multipart/form-data; boundary=cut")
				.POST(HttpRequest.BodyPublishers
					.ofString("--cut\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhalf"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(broken.body()).contains("class=\"public\"");
		assertThat(output.getAll().substring(from)).doesNotContainPattern(REPORTERS_PAGE)
			.doesNotContain(code)
			.doesNotContain("Servlet.service");
	}

	@Test
	void anIconAPhoneAsksForOnItsOwnIsNotLogged(CapturedOutput output) throws Exception {
		int from = output.getAll().length();

		stranger("/apple-touch-icon.png");
		stranger("/favicon.ico");
		stranger("/assets/apple-touch-icon.png");

		assertThat(output.getAll().substring(from)).doesNotContain("apple-touch-icon")
			.doesNotContain("favicon")
			.doesNotContain("No static resource");
	}

	@Test
	void everyPageDeclaresACachedIconSoNoBrowserAsksForFaviconIco() throws Exception {
		String form = session().get("/q/" + qrCode("Ka Lăng", "CRIME_TIP")).body();
		String login = session().get("/login").body();

		Matcher icon = Pattern.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"([^\"]+)\">").matcher(form);
		assertThat(icon.find()).isTrue();
		assertThat(login).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"" + icon.group(1) + "\">");
		HttpResponse<String> svg = stranger(icon.group(1));
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> t.startsWith("image/svg+xml"));
		assertThat(svg.headers().firstValue("Cache-Control")).hasValueSatisfying((c) -> c.contains("max-age="));
		assertThat(svg.body()).startsWith("<svg");
	}

	@Test
	void thePhotoScriptIsSentCompressed() throws Exception {
		String form = session().get("/q/" + qrCode("Ka Lăng", "CRIME_TIP")).body();
		Matcher script = Pattern.compile("<script src=\"(/assets/js/photo[^\"]*\\.js)\"").matcher(form);
		assertThat(script.find()).isTrue();

		HttpResponse<byte[]> js = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + script.group(1)))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(js.statusCode()).isEqualTo(200);
		assertThat(js.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	/** A request as a reporter's phone sends it: no cookie, no token. */
	private HttpResponse<String> stranger(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private String scrape() throws Exception {
		HttpResponse<String> metrics = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/prometheus"))
				.header("Authorization", "Bearer " + this.demo.get("admin").apiToken())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		return metrics.body();
	}

	private String sendATip(WebSession phone) {
		String code = qrCode("Ka Lăng", "CRIME_TIP");
		Matcher token = TOKEN.matcher(phone.get("/q/" + code).body());
		assertThat(token.find()).isTrue();
		Page sent = phone.post("/q/" + code,
				Map.of("token", token.group(1), "category", "DRUGS", "text", "Hàng lạ qua suối lúc chiều " + unique()));
		Matcher receipt = RECEIPT.matcher(sent.body());
		assertThat(receipt.find()).as("receipt, status " + sent.status()).isTrue();
		return receipt.group(1);
	}

}
