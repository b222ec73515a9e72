package org.causo.languages;

import java.util.Locale;
import java.util.Map;

import org.causo.languages.texts.PublicTexts;
import org.causo.shared.PublicLanguages;
import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Languages added without a release: an admin adds one and people type its texts through
 * the pages; public pages offer it once translated enough, and show Vietnamese for what
 * is missing; officers' pages stay in Vietnamese, English and French.
 */
class LanguagesIntegrationTests extends IntegrationTest {

	@Autowired
	PublicTexts texts;

	@Autowired
	MessageSource messages;

	@Autowired
	LanguageCatalogue catalogue;

	/** A tag no other test uses: a language subtag and an eight-character variant. */
	private static String newCode() {
		return "hmn-" + unique();
	}

	private WebSession adminWith(String code, String nameNative) {
		WebSession admin = loggedIn("admin");
		admin.get("/admin/languages");
		Page added = admin.post("/admin/languages",
				Map.of("code", code, "nameNative", nameNative, "nameVi", "Tiếng thử " + code, "enabled", "true"));
		assertThat(added.status()).isEqualTo(302);
		return admin;
	}

	private static String typed(String vietnamese) {
		return "[hm] " + vietnamese;
	}

	private Page translate(WebSession admin, String code, String key, String text) {
		return admin.post("/admin/languages/" + code + "/texts", Map.of("key", key, "text", text));
	}

	@Test
	void aLanguageAddedAndTranslatedThroughThePagesShowsOnLawSearchAndTheMailboxFormAndInTheSwitch() {
		String code = newCode();
		String name = "Hmoob " + code.substring(4);
		WebSession admin = adminWith(code, name);
		assertThat(admin.get("/admin/languages/" + code + "/texts?missing=true").body()).contains("Chưa dịch");
		assertThat(session().get("/law").body()).doesNotContain(name);

		for (PublicText t : this.texts.vietnamese()) {
			assertThat(translate(admin, code, t.key(), typed(t.vietnamese())).status()).as(t.key()).isEqualTo(302);
		}
		assertThat(admin.get("/admin/languages").body()).contains(code, "Thiếu 0 trên " + this.texts.count());
		assertThat(admin.get("/admin/languages/" + code + "/texts?missing=true").body())
			.contains("Không có câu nào khớp.");

		Page law = session().get("/law?q=thu+lum&lang=" + code);
		assertThat(law.status()).isEqualTo(200);
		assertThat(law.body()).contains("lang=\"" + code + "\"")
			.contains(typed(vietnamese("law.search.submit")))
			.contains(">" + name + "<")
			.contains("href=\"/law?q=thu+lum&amp;lang=" + code + "\"");
		Page form = session().get("/q/" + qrCode("Ka Lăng", "CRIME_TIP") + "?lang=" + code);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains(typed(vietnamese("tip.submit")))
			.contains("name=\"language\" value=\"" + code + "\"");

		// officers' pages stay in the built-in languages
		assertThat(admin.get("/admin/languages?lang=" + code).body()).contains("<html lang=\"vi\"");

		admin.get("/admin/languages");
		assertThat(admin.post("/admin/languages/" + code + "/enabled?enabled=false", Map.of()).status()).isEqualTo(302);
		assertThat(session().get("/law?lang=" + code).body()).contains("lang=\"vi\"").doesNotContain(name);
	}

	@Test
	void aTextNotYetTranslatedShowsInVietnameseAndAnUnofferedLanguageGivesTheVietnamesePage() {
		String code = newCode();
		WebSession admin = adminWith(code, "Hmoob");
		admin.get("/admin/languages/" + code + "/texts");
		assertThat(translate(admin, code, "law.search.submit", "Nrhiav").status()).isEqualTo(302);

		Locale locale = Locale.forLanguageTag(code);
		assertThat(this.messages.getMessage("law.search.submit", null, locale)).isEqualTo("Nrhiav");
		assertThat(this.messages.getMessage("law.search.title", null, locale))
			.isEqualTo(this.messages.getMessage("law.search.title", null, Locale.forLanguageTag("vi")))
			.isNotBlank();
		assertThat(this.catalogue.offered()).extracting(PublicLanguages.Choice::code).doesNotContain(code);

		Page law = session().get("/law?lang=" + code);
		assertThat(law.status()).isEqualTo(200);
		assertThat(law.body()).contains("lang=\"vi\"").doesNotContain("Nrhiav");
		assertThat(session().get("/law?lang=zz-qq").status()).isEqualTo(200);
		assertThat(session().get("/q/" + qrCode("Ka Lăng", "CRIME_TIP") + "?lang=" + code).status()).isEqualTo(200);
	}

	@Test
	void aTranslationThatDropsOrAddsAPlaceholderIsRefusedAndNothingIsSaved() {
		String code = newCode();
		WebSession admin = adminWith(code, "Hmoob");
		PublicText withOne = this.texts.vietnamese()
			.stream()
			.filter((t) -> t.vietnamese().contains("{0}") && !t.vietnamese().contains("{1}"))
			.findFirst()
			.orElseThrow();
		admin.get("/admin/languages/" + code + "/texts");
		Page dropped = translate(admin, code, withOne.key(), "tsis muaj");
		assertThat(dropped.status()).isEqualTo(400);
		assertThat(dropped.body()).contains("phải giữ đúng các chỗ trống").contains("tsis muaj");
		Page added = translate(admin, code, withOne.key(), "{0} thiab {1}");
		assertThat(added.status()).isEqualTo(400);
		admin.get("/admin/languages?lang=en");
		assertThat(translate(admin, code, withOne.key(), "tsis muaj").body())
			.contains("must keep exactly the placeholders");
		assertThat(this.jdbc.sql("select count(*) from translation where language_code = :c")
			.param("c", code)
			.query(Long.class)
			.single()).isZero();
		assertThat(translate(admin, code, withOne.key(), "muaj {0}").status()).isEqualTo(302);
	}

	@Test
	void badLanguageCodesAreRefusedInTheAdminsLanguage() {
		String code = newCode();
		WebSession admin = adminWith(code, "Hmoob");
		for (String bad : new String[] { "", "not a code", "x", "toolonglanguage", "hmn_VN", "<script>" }) {
			Page refused = admin.post("/admin/languages", Map.of("code", bad, "nameNative", "A", "nameVi", "B"));
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.body()).as(bad).contains("Mã ngôn ngữ không hợp lệ");
		}
		assertThat(admin.post("/admin/languages", Map.of("code", "vi", "nameNative", "A", "nameVi", "B")).body())
			.contains("Ngôn ngữ vi đã có sẵn.");
		assertThat(admin.post("/admin/languages", Map.of("code", "en-US", "nameNative", "A", "nameVi", "B")).body())
			.contains("đã có sẵn");
		assertThat(admin
			.post("/admin/languages", Map.of("code", code.toUpperCase(Locale.ROOT), "nameNative", "A", "nameVi", "B"))
			.body()).contains("đã được thêm");
		admin.get("/admin/languages?lang=en");
		Page english = admin.post("/admin/languages", Map.of("code", "1x", "nameNative", "", "nameVi", "B"));
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.body()).contains("Not a valid language code", "Enter a name.");
		assertThat(admin.get("/admin/languages/zz/texts").status()).isEqualTo(404);
		assertThat(admin.get("/admin/languages/vi/texts").status()).isEqualTo(404);
	}

	@Test
	void onlyProvinceAdminsManageLanguagesAndTranslations() {
		WebSession commander = loggedIn("kalang.commander");
		assertThat(commander.get("/admin/languages").status()).isEqualTo(403);
		assertThat(commander.get("/admin/languages/hmn/texts").status()).isEqualTo(403);
		commander.get("/account");
		assertThat(commander.post("/admin/languages", Map.of("code", "th", "nameNative", "ไทย", "nameVi", "Thái"))
			.status()).isEqualTo(403);
		assertThat(commander.post("/admin/languages/hmn/texts", Map.of("key", "tip.submit", "text", "x")).status())
			.isEqualTo(403);
		assertThat(session().get("/admin/languages").status()).isEqualTo(302);
	}

	@Test
	void theDemoHasHmongMissingEverywhereAndPublicPagesDoNotOfferIt() {
		WebSession admin = loggedIn("admin");
		assertThat(admin.get("/admin/languages").body()).contains("hmn", "Hmoob", "Tiếng Mông",
				"Thiếu " + this.texts.count() + " trên " + this.texts.count());
		assertThat(admin.get("/admin/languages/hmn/texts?missing=true&q=law.search.submit").body())
			.contains("Chưa dịch", "law.search.submit");
		assertThat(this.catalogue.offered()).extracting(PublicLanguages.Choice::code).containsExactly("vi", "en", "fr");
		assertThat(session().get("/law?lang=hmn").body()).contains("lang=\"vi\"").doesNotContain("Hmoob");
	}

	@Test
	void theScreenAlsoListsTheGuidesStillToTranslateAndOpensTheirEditorInThatLanguage() {
		WebSession admin = loggedIn("admin");
		long guide = this.jdbc.sql("select id from guide where slug = 'cai-dat-vneid'").query(Long.class).single();
		int steps = this.jdbc.sql("select count(*) from guide_step s join guide_version v on v.id = s.version_id"
				+ " where v.guide_id = :g and v.number = (select max(number) from guide_version where guide_id = :g)")
			.param("g", guide)
			.query(Integer.class)
			.single();
		String screen = admin.get("/admin/languages/hmn/texts").body();
		assertThat(screen).contains("Nội dung cần dịch", "href=\"/admin/guides/" + guide + "?content=hmn\"",
				"Thiếu " + (steps + 1) + "/" + (steps + 1) + " đoạn");
		assertThat(admin.get("/admin/guides/" + guide + "?content=hmn").status()).isEqualTo(200);
	}

	@Test
	void theApiAddsALanguageAndSavesTranslationsWithTheSameChecks() {
		String code = newCode();
		ApiClient admin = api("admin").inLanguage("en");
		assertThat(admin.post("/api/languages", Map.of("code", code, "nameNative", "Hmoob", "nameVi", "Tiếng Mông"))
			.status()).isEqualTo(201);
		ApiClient.Response refused = admin.post("/api/languages",
				Map.of("code", "no such code", "nameNative", "A", "nameVi", "B"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("Not a valid language code");
		ApiClient.Response dropped = admin.put("/api/languages/" + code + "/texts/law.search.found",
				Map.of("text", "tsis muaj"));
		assertThat(dropped.status()).isEqualTo(400);
		assertThat(dropped.body()).contains("must keep exactly the placeholders");
		ApiClient.Response saved = admin.put("/api/languages/" + code + "/texts/law.search.found",
				Map.of("text", "{0} hauv {1}"));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("translation").asString()).isEqualTo("{0} hauv {1}");
		assertThat(admin.get("/api/languages/" + code + "/texts?missing=true&size=200").body())
			.doesNotContain("\"law.search.found\"");
		assertThat(admin.get("/api/languages/" + code + "/texts/nope").status()).isIn(404, 405);
		assertThat(admin.put("/api/languages/" + code + "/texts/no.such.key", Map.of("text", "x")).status())
			.isEqualTo(404);
		assertThat(api("kalang.commander").get("/api/languages").status()).isEqualTo(403);
	}

	private String vietnamese(String key) {
		return this.texts.find(key).orElseThrow().vietnamese();
	}

}
