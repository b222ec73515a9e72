package org.causo.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Headers, errors, languages, logs and operations endpoints, as every page gets them. */
@ExtendWith(OutputCaptureExtension.class)
class WebPlatformIntegrationTests extends IntegrationTest {

	@Test
	void everyPageSendsStrictSecurityHeaders() {
		Page login = session().get("/login");
		assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'")
			.contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(login.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() {
		WebSession web = loggedIn("analyst");
		Page refused = web.post("/account/tokens", Map.of("name", "x", "_csrf", "forged"));
		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void languageComesFromTheParameterThenTheRememberedChoiceThenTheBrowser() {
		WebSession web = session();
		assertThat(web.get("/login").body()).contains("Đăng nhập").contains("lang=\"vi\"");
		assertThat(web.get("/login", "fr-FR,fr;q=0.9").body()).contains("Se connecter");
		assertThat(web.get("/login", "de-DE").body()).as("unsupported falls back to Vietnamese").contains("Đăng nhập");
		assertThat(web.get("/login?lang=en").body()).contains("Log in");
		assertThat(web.get("/login", "fr").body()).as("the remembered choice beats the browser").contains("Log in");
		assertThat(web.get("/login?lang=xx").body()).as("junk is ignored").contains("Log in");
	}

	@Test
	void errorPagesAreLocalizedAndShowNoInternals() {
		WebSession web = loggedIn("analyst");
		Page missing = web.get("/units/987654321");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("Không tìm thấy trang")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
		Page bad = web.get("/units/not-a-number?lang=en");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("Bad request").doesNotContain("NumberFormat");
		Page forbidden = web.get("/admin/audit?lang=fr");
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.body()).contains("Accès refusé");
	}

	@Test
	void apiErrorsAreProblemDetailsInTheCallersLanguage() {
		var response = api("analyst").get("/api/units/987654321");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("title").asString()).isEqualTo("Không tìm thấy trang");
		assertThat(new org.causo.support.ApiClient(baseUrl(), null).get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void unreadableApiInputIsAProblemDetailNotAServerError() {
		var broken = api("admin").postRaw("/api/units", "application/json",
				"{\"kind\": \"NOT_A_KIND\"".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.json().get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
		var wrong = api("admin").get("/api/units?kind=NOPE");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().get("detail").asString()).isEqualTo("Giá trị của tham số “kind” không hợp lệ.");
		var missing = api("admin").inLanguage("en").get("/api/devices/priority");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("detail").asString()).isEqualTo("The parameter “commune” is missing.");
		assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("commune");
	}

	@Test
	void theRequestLogHasOneLinePerRequestAndNoAddressOrUserAgent(CapturedOutput output) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		// an officer's browser: it carries a cookie (a browser without any is not logged)
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login?marker=q1"))
			.header("Cookie", "causo-lang=vi")
			.header("User-Agent", "Marker-Agent/9.9")
			.header("X-Forwarded-For", "203.0.113.77")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		// the line is written once the response is complete, which the client may see
		// first
		org.awaitility.Awaitility.await().until(() -> output.getOut().contains("GET /login 200"));
		assertThat(output.getOut()).doesNotContain("203.0.113.77").doesNotContain("Marker-Agent");
		assertThat(output.getOut().lines().filter((line) -> line.contains("org.causo.request"))).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).doesNotContain("127.0.0.1")
				.doesNotContain("localhost")
				.doesNotContain("marker=q1"));
	}

	@Test
	void healthIsPublicMetricsAndApiDocsAreForOfficersAndAdmins() throws Exception {
		assertThat(new org.causo.support.ApiClient(baseUrl(), null).get("/actuator/health").status()).isEqualTo(200);
		assertThat(api("analyst").get("/actuator/prometheus").status()).isEqualTo(403);
		HttpResponse<String> metrics = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/prometheus"))
				.header("Authorization", "Bearer " + this.demo.get("admin").apiToken())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		assertThat(api("analyst").get("/v3/api-docs").status()).isEqualTo(200);
		assertThat(api("analyst").get("/v3/api-docs").body()).contains("/api/units");
		assertThat(loggedIn("analyst").get("/swagger-ui/index.html").status()).isEqualTo(403);
		assertThat(loggedIn("admin").get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

}
