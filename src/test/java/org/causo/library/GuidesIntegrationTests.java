package org.causo.library;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing guides: who may, the draft → published workflow with versions, what each
 * language lacks, the fallback to Vietnamese, and the daily counts editors see.
 */
class GuidesIntegrationTests extends IntegrationTest {

	@Test
	void onlyAdministratorsAndCommandersWriteGuides() {
		assertThat(session().get("/admin/guides").status()).isEqualTo(302);
		assertThat(loggedIn("kalang.officer").get("/admin/guides").status()).isEqualTo(403);
		assertThat(loggedIn("kalang.member").get("/admin/guides").status()).isEqualTo(403);
		assertThat(loggedIn("kalang.commander").get("/admin/guides").status()).isEqualTo(200);
		assertThat(loggedIn("admin").get("/admin/guides").body()).contains("cai-dat-vneid");
	}

	@Test
	void publishingFreezesAVersionAndEditingAgainMakesANewDraftThePublicDoesNotSeeYet() {
		GuideEditing guide = GuideEditing.create(loggedIn("kalang.commander"), "g-" + unique(), "Hướng dẫn thử");
		assertThat(session().get("/guides/" + guide.slug).status()).as("a draft is not public").isEqualTo(404);
		assertThat(guide.addStep().status()).isEqualTo(302);
		assertThat(guide.publish().status()).as("a step without Vietnamese words").isEqualTo(400);
		guide.text(1, "vi", "Bước đầu tiên.");
		assertThat(guide.publish().status()).isEqualTo(302);
		assertThat(session().get("/guides/" + guide.slug).body()).contains("Bước đầu tiên.");

		assertThat(guide.text(1, "vi", "Bước đã sửa.").status()).isEqualTo(302);
		assertThat(guide.editor("vi").body()).contains("Bản nháp, phiên bản 2").contains("Bước đã sửa.");
		assertThat(session().get("/guides/" + guide.slug).body()).contains("Bước đầu tiên.")
			.doesNotContain("Bước đã sửa.");
		guide.publish();
		assertThat(session().get("/guides/" + guide.slug).body()).contains("Bước đã sửa.");
		assertThat(this.jdbc.sql("select count(*) from guide_version where guide_id = :id and published_at is not null")
			.param("id", guide.id)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("select action from audit_event where target_type = 'guide' and target_id = :id")
			.param("id", String.valueOf(guide.id))
			.query(String.class)
			.list()).contains("GUIDE_CREATED", "GUIDE_EDITED", "GUIDE_PUBLISHED");
	}

	@Test
	void theEditorShowsPerLanguageWhichStepsLackWordsOrVoice() {
		GuideEditing guide = GuideEditing.create(loggedIn("admin"), "g-" + unique(), "Thiếu bản dịch");
		guide.addStep();
		guide.addStep();
		guide.text(1, "vi", "Một.");
		guide.text(2, "vi", "Hai.");
		guide.text(1, "en", "One.");
		String page = guide.editor("en").body();
		assertThat(page).contains("Bước chưa có lời");
		// English lacks step 2's words; French lacks both; no language has a voice yet
		assertThat(page).containsPattern("English</a></th>\\s*<td>Thiếu</td>\\s*<td>Bước 2</td>\\s*<td>Bước 1, 2</td>");
		assertThat(page).containsPattern("Français</a></th>\\s*<td>Thiếu</td>\\s*<td>Bước 1, 2</td>");
		assertThat(page).contains("One.");
	}

	@Test
	void aMissingTranslationFallsBackToVietnameseWithANoticeInTheReadersLanguage() {
		GuideEditing guide = GuideEditing.create(loggedIn("admin"), "g-" + unique(), "Chỉ tiếng Việt")
			.withPublishedStep("Lời tiếng Việt.");
		Page english = session().get("/guides/" + guide.slug + "?lang=en");
		assertThat(english.body()).contains("is not fully written in your language")
			.contains("<p lang=\"vi\">Lời tiếng Việt.</p>");
		assertThat(session().get("/guides/" + guide.slug + "?lang=fr").body())
			.contains("entièrement écrit dans votre langue");
		assertThat(session().get("/guides/cai-dat-vneid?lang=en").body()).doesNotContain("not fully written")
			.contains("Install and activate VNeID");
	}

	@Test
	void openingsAreCountedPerDayAndLanguageWithoutCookieAndShownToEditors() {
		GuideEditing guide = GuideEditing.create(loggedIn("admin"), "g-" + unique(), "Đếm lượt mở")
			.withPublishedStep("Một bước.");
		WebSession reader = session();
		reader.get("/guides/" + guide.slug);
		reader.get("/guides/" + guide.slug + "?lang=en");
		reader.get("/guides/" + guide.slug + "?lang=en");
		// the language asked for is remembered (causo-lang), nothing else is set
		assertThat(reader.cookiesSet()).allMatch((c) -> c.startsWith("causo-lang="));
		assertThat(this.jdbc.sql("select lang || '=' || count from guide_opening where guide_id = :id order by lang")
			.param("id", guide.id)
			.query(String.class)
			.list()).containsExactly("en=2", "vi=1");
		assertThat(guide.editor("vi").body()).contains("Lượt mở theo ngày").containsPattern("<td>2</td><td>1</td>");
	}

	@Test
	void badInputIsAClearRefusalAndKeepsNothing() {
		WebSession admin = loggedIn("admin");
		admin.get("/admin/guides");
		Page bad = admin.post("/admin/guides", java.util.Map.of("slug", "Không Hợp Lệ", "title", ""));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("Địa chỉ chỉ gồm chữ thường").contains("Cần có tiêu đề tiếng Việt.");
		GuideEditing guide = GuideEditing.create(admin, "g-" + unique(), "Thử");
		guide.addStep();
		assertThat(guide.text(1, "xx-!!", "Hi").status()).isEqualTo(400);
		assertThat(guide.text(1, "vi", "a".repeat(401)).status()).isEqualTo(400);
		assertThat(guide.text(9, "vi", "Không có bước này").status()).isEqualTo(404);
		assertThat(guide.editor("vi").body()).doesNotContain("aaaaaaaaaa");
	}

}
