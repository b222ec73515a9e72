package org.causo.shared;

import java.util.Map;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every officer page shares: actions that are hard to undo ask first (with
 * JavaScript off too) and look dangerous, the API docs say what they are and how to
 * authorize, and the pager counts in good English and French.
 */
class ScreensIntegrationTests extends IntegrationTest {

	@Test
	void archivingAHouseholdAsksFirstOnAPageWithADangerButtonAndACancelLink() {
		long household = api("kalang.officer")
			.post("/api/households", Map.of("code", "KL-" + unique(), "hamletId", unitIdByName("Bản Pa Thắng")))
			.json()
			.get("id")
			.asLong();
		WebSession officer = loggedIn("kalang.officer");
		Document page = Jsoup.parse(officer.get("/households/" + household).body());
		Element ask = page.selectFirst("form.confirm");
		assertThat(ask).isNotNull();
		assertThat(ask.attr("method")).as("one click sends nothing").isEqualTo("get");
		assertThat(ask.selectFirst("button").hasClass("danger")).isTrue();
		assertThat(ask.selectFirst("input[name=action]").val()).isEqualTo("/households/" + household + "/archive");

		Page confirm = officer
			.get("/confirm?action=/households/" + household + "/archive&back=/households/" + household);
		assertThat(confirm.status()).isEqualTo(200);
		Document question = Jsoup.parse(confirm.body());
		assertThat(question.select("h1").text()).isEqualTo("Lưu trữ hộ này?");
		Element form = question.selectFirst("main form");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo("/households/" + household + "/archive");
		assertThat(form.selectFirst("button").classNames()).contains("danger", "solid");
		assertThat(form.selectFirst("a").attr("href")).isEqualTo("/households/" + household);
		assertThat(archived(household)).isFalse();

		assertThat(officer.post("/households/" + household + "/archive", Map.of()).status()).isEqualTo(302);
		assertThat(archived(household)).isTrue();
	}

	@Test
	void onlyListedActionsCanBeConfirmedAndCancelStaysOnThisSite() {
		WebSession officer = loggedIn("kalang.officer");
		assertThat(officer.get("/confirm?action=/admin/officers/1/reset-password").status()).isEqualTo(404);
		assertThat(officer.get("/confirm?action=https://evil.example/households/1/archive").status()).isEqualTo(404);
		assertThat(officer.get("/confirm").status()).isEqualTo(400);
		Document page = Jsoup
			.parse(officer.get("/confirm?action=/reports/5/status?status=SPAM&back=//evil.example").body());
		assertThat(page.selectFirst("main form a").attr("href")).isEqualTo("/");
		assertThat(page.select("h1").text()).isEqualTo("Đánh dấu tin này là tin rác?");
	}

	@Test
	void theApiDocsHaveARealTitleAVersionAndABearerTokenSchemeAndAdminsFindThem() {
		JsonNode docs = api("analyst").get("/v3/api-docs").json();
		assertThat(docs.get("info").get("title").asString()).isEqualTo("Cầu Số API");
		assertThat(docs.get("info").get("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
		JsonNode scheme = docs.get("components").get("securitySchemes").get("apiToken");
		assertThat(scheme.get("type").asString()).isEqualTo("http");
		assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
		assertThat(docs.get("security").get(0).has("apiToken")).isTrue();
		assertThat(Jsoup.parse(loggedIn("admin").get("/").body()).select("a[href=/swagger-ui.html]")).hasSize(1);
		assertThat(Jsoup.parse(loggedIn("analyst").get("/").body()).select("a[href=/swagger-ui.html]")).isEmpty();
	}

	@Test
	void thePagerSaysOneItemInEnglishAndFrench() {
		String actor = "motmuc." + unique();
		this.jdbc.sql("""
				insert into audit_event (actor, action, target_type, target_id, details)
				values (:actor, 'LOGIN_FAILED', 'officer', null, null)
				""").param("actor", actor).update();
		WebSession admin = loggedIn("admin");
		assertThat(Jsoup.parse(admin.get("/admin/audit?actor=" + actor + "&lang=en").body()).select(".pager").text())
			.contains("Page 1 of 1 · 1 item")
			.doesNotContain("1 items");
		assertThat(Jsoup.parse(admin.get("/admin/audit?actor=" + actor + "&lang=fr").body()).select(".pager").text())
			.contains("1 élément")
			.doesNotContain("1 éléments");
	}

	private boolean archived(long household) {
		return this.jdbc.sql("select archived from household where id = :id")
			.param("id", household)
			.query(Boolean.class)
			.single();
	}

}
