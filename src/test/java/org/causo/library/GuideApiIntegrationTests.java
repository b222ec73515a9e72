package org.causo.library;

import org.causo.support.ApiClient;
import org.causo.support.ApiClient.Response;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Writing a guide through the JSON API, with the editors' rights and the same checks. */
class GuideApiIntegrationTests extends IntegrationTest {

	@Test
	void aCommanderWritesAndPublishesAGuideThroughTheApi() {
		ApiClient api = api("kalang.commander");
		String slug = "api-" + unique();
		Response created = api.post("/api/guides", java.util.Map.of("slug", slug, "title", "Qua API"));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("guideId").asLong();
		assertThat(api.post("/api/guides/" + id + "/steps", java.util.Map.of()).status()).isEqualTo(200);
		assertThat(api.put("/api/guides/" + id + "/steps/1/text", java.util.Map.of("lang", "vi", "text", "Một câu."))
			.json()
			.at("/steps/0/texts/vi/text")
			.asText()).isEqualTo("Một câu.");
		assertThat(
				api.put("/api/guides/" + id + "/steps/1/text", java.util.Map.of("lang", "x y", "text", "Bad")).status())
			.isEqualTo(400);
		Response published = api.post("/api/guides/" + id + "/publish", java.util.Map.of());
		assertThat(published.json().get("publishedAt").isNull()).isFalse();
		assertThat(session().get("/guides/" + slug).body()).contains("Một câu.");
		assertThat(api.get("/api/guides/" + id + "/openings").json().get("days").size()).isEqualTo(1);
	}

	@Test
	void officersMayNotWriteGuides() {
		assertThat(api("kalang.officer").get("/api/guides").status()).isEqualTo(403);
	}

}
