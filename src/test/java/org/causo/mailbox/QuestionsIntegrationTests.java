package org.causo.mailbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.TestImages;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each mailbox asks its own questions: the commander picks the categories, whether
 * "when", "where" and photos are asked, and adds questions of the post's own in several
 * languages.
 */
class QuestionsIntegrationTests extends IntegrationTest {

	@Test
	void theDefaultsFollowTheKind() {
		Document tips = Jsoup.parse(session().get("/q/" + qrCode("Ka Lăng", "CRIME_TIP")).body());
		assertThat(tips.select("input[name=category]")).hasSize(5);
		assertThat(tips.select("#when, #where, #files")).hasSize(3);
		assertThat(tips.select("#when[required]")).isEmpty();

		Document feedback = Jsoup.parse(session().get("/q/" + qrCode("Ka Lăng", "FEEDBACK")).body());
		assertThat(feedback.select("input[name=category]")).hasSize(5);
		assertThat(feedback.select("#text")).hasSize(1);
		assertThat(feedback.select("#when, #where, #files, script")).isEmpty();
	}

	@Test
	void feedbackRefusesPhotosWhenTheFormDoesNotAskForThem() {
		String code = qrCode("Ka Lăng", "FEEDBACK");
		WebSession phone = session();
		Page refused = phone.postFiles("/q/" + code,
				Map.of("token", token(phone.get("/q/" + code)), "category", "LIVING", "text",
						"Bếp ăn của đơn vị cần thêm rau xanh."),
				"files", List.of(new WebSession.Upload("a.png", "image/png", TestImages.plain("png"))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select("#files-error, .form-errors").text())
			.contains("Hộp thư này không nhận ảnh.");
	}

	@Test
	void aCommanderSetsTheQuestionsAndReportersAnswerThemInTheirLanguage() {
		long mailboxId = newMailbox();
		WebSession commander = loggedIn("kalang.commander");
		Document editor = Jsoup.parse(commander.get("/mailboxes/" + mailboxId + "/questions").body());
		assertThat(editor.select("input[name=categories][checked]")).hasSize(5);
		assertThat(editor.select("input[name=c0_vi]")).hasSize(1);

		List<Map.Entry<String, String>> form = new ArrayList<>();
		for (String category : List.of("DRUGS", "HUMAN_TRAFFICKING", "OTHER")) {
			form.add(Map.entry("categories", category));
		}
		form.addAll(Map.of("when", "REQUIRED", "where", "OFF", "files", "OPTIONAL").entrySet());
		form.addAll(row(0, "Biển số xe (nếu thấy)?", "Number plate (if seen)?", "", "SHORT", true).entrySet());
		Page saved = commander.post("/mailboxes/" + mailboxId + "/questions", form);
		assertThat(saved.status()).isEqualTo(302);
		Document again = Jsoup.parse(commander.follow(saved).body());
		assertThat(again.select("input[name=c0_vi]").attr("value")).isEqualTo("Biển số xe (nếu thấy)?");
		assertThat(again.select("input[name=c1_vi]").attr("value")).isEmpty();
		String questionId = again.select("input[name=c0_id]").attr("value");
		assertThat(questionId).matches("[a-f0-9]{8}");
		form.addAll(row(1, "Có vũ khí không?", "", "Y avait-il des armes ?", "YES_NO", false).entrySet());
		form.removeIf((e) -> e.getKey().equals("c0_id"));
		form.add(Map.entry("c0_id", questionId));
		assertThat(commander.post("/mailboxes/" + mailboxId + "/questions", form).status()).isEqualTo(302);

		String code = newPoint(mailboxId);
		WebSession phone = session();
		Document vi = Jsoup.parse(phone.get("/q/" + code).body());
		assertThat(vi.select("input[name=category]")).hasSize(3);
		assertThat(vi.select("#when[required]")).hasSize(1);
		assertThat(vi.select("#where")).isEmpty();
		assertThat(vi.select("label[for=x_" + questionId + "]").text()).isEqualTo("Biển số xe (nếu thấy)?");
		Document en = Jsoup.parse(phone.get("/q/" + code + "?lang=en").body());
		assertThat(en.select("label[for=x_" + questionId + "]").text()).isEqualTo("Number plate (if seen)?");
		assertThat(en.select("fieldset legend").text()).contains("Có vũ khí không? (optional)");
		Document fr = Jsoup.parse(phone.get("/q/" + code + "?lang=fr").body());
		assertThat(fr.select("fieldset legend").text()).contains("Y avait-il des armes ? (facultatif)");

		Map<String, String> answers = new LinkedHashMap<>(Map.of("token", token(vi.html()), "category", "DRUGS", "text",
				"Hai người chở hàng cấm qua suối lúc nửa đêm."));
		Page missing = phone.post("/q/" + code, answers);
		assertThat(missing.status()).isEqualTo(400);
		Document refused = Jsoup.parse(missing.body());
		assertThat(refused.select("#when-error").text()).isEqualTo("Hãy trả lời câu hỏi này.");
		assertThat(refused.select("#x_" + questionId + "-error").text()).isEqualTo("Hãy trả lời câu hỏi này.");
		assertThat(refused.select("#text").text()).as("nothing typed is lost").startsWith("Hai người");

		String weaponsId = Jsoup.parse(commander.get("/mailboxes/" + mailboxId + "/questions").body())
			.select("input[name=c1_id]")
			.attr("value");
		answers.put("category", "SMUGGLING");
		answers.putAll(Map.of("when", "Đêm qua", "x_" + questionId, "25H-123.45", "x_" + weaponsId, "MAYBE"));
		Page wrong = phone.post("/q/" + code, answers);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(Jsoup.parse(wrong.body()).select("#category-error").text()).isEqualTo("Hãy chọn một mục.");
		assertThat(Jsoup.parse(wrong.body()).select("#x_" + weaponsId + "-error").text())
			.isEqualTo("Hãy chọn Có hoặc Không.");

		answers.putAll(Map.of("category", "DRUGS", "x_" + weaponsId, "YES"));
		assertThat(phone.post("/q/" + code, answers).status()).isEqualTo(200);
		long reportId = this.jdbc.sql("select max(id) from report where mailbox_id = :m")
			.param("m", mailboxId)
			.query(Long.class)
			.single();

		// The commander removes the plate question; the report still shows it as asked.
		List<Map.Entry<String, String>> removal = new ArrayList<>(form);
		removal.add(Map.entry("c0_remove", "true"));
		removal.removeIf((e) -> e.getKey().equals("c1_id"));
		removal.add(Map.entry("c1_id", weaponsId));
		assertThat(commander.post("/mailboxes/" + mailboxId + "/questions", removal).status()).isEqualTo(302);
		assertThat(api("kalang.commander").get("/api/mailboxes/" + mailboxId + "/questions").json().get("custom"))
			.hasSize(1);

		Document report = Jsoup.parse(commander.get("/reports/" + reportId).body());
		String answersText = report.select("dl.answers").text();
		assertThat(answersText).contains("Biển số xe (nếu thấy)?", "25H-123.45", "Có vũ khí không?", "Có", "Đêm qua");
		Document reportEn = Jsoup.parse(commander.get("/reports/" + reportId + "?lang=en").body());
		assertThat(reportEn.select("dl.answers").text()).contains("Number plate (if seen)?", "Yes");
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'MAILBOX_QUESTIONS_CHANGED'"
					+ " and target_id = :m::text")
			.param("m", mailboxId)
			.query(Long.class)
			.single()).isEqualTo(3);
		// the audit log reads the change in the reader's language, not in the code's
		String audit = Jsoup.parse(loggedIn("admin").get("/admin/audit?action=MAILBOX_QUESTIONS_CHANGED").body())
			.text();
		assertThat(audit).contains("số câu hỏi riêng: 1").doesNotContain("own questions", "categories");
	}

	@Test
	void theEditorRefusesBadQuestionsWithClearMessagesAndKeepsWhatWasTyped() {
		long mailboxId = newMailbox();
		WebSession commander = loggedIn("kalang.commander");
		List<Map.Entry<String, String>> form = new ArrayList<>(
				Map.of("when", "OPTIONAL", "where", "OPTIONAL", "files", "REQUIRED").entrySet());
		form.addAll(row(0, "", "Only English", "", "SHORT", false).entrySet());
		Page refused = commander.post("/mailboxes/" + mailboxId + "/questions", form);
		assertThat(refused.status()).isEqualTo(400);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#categories-error").text()).isEqualTo("Hãy chọn ít nhất một mục trong danh sách.");
		assertThat(page.select("#files-error").text()).startsWith("Ảnh chỉ có thể là");
		assertThat(page.select("#custom0-error").text()).isEqualTo("Hãy viết câu hỏi bằng tiếng Việt.");
		assertThat(page.select("input[name=c0_en]").attr("value")).isEqualTo("Only English");
		assertThat(api("kalang.commander").get("/api/mailboxes/" + mailboxId + "/questions").json().get("categories"))
			.as("nothing saved")
			.hasSize(5);
	}

	@Test
	void theApiReadsAndWritesQuestionsWithinScopeAndRole() {
		long mailboxId = newMailbox();
		ApiClient commander = api("kalang.commander");
		JsonNode defaults = commander.get("/api/mailboxes/" + mailboxId + "/questions").json();
		assertThat(defaults.get("when").asString()).isEqualTo("OPTIONAL");

		Map<String, Object> good = questions(List.of("DRUGS", "OTHER"), "OFF", "OPTIONAL", "OFF",
				List.of(custom("LONG", true, Map.of("vi", "Bạn thấy mấy người?", "en", "How many people?"))));
		ApiClient.Response saved = commander.put("/api/mailboxes/" + mailboxId + "/questions", good);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("custom").get(0).get("id").asString()).matches("[a-f0-9]{8}");
		assertThat(saved.json().get("files").asString()).isEqualTo("OFF");

		List<Object> six = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			six.add(custom("SHORT", false, Map.of("vi", "Câu " + i)));
		}
		ApiClient english = commander.inLanguage("en");
		assertThat(error(english.put("/api/mailboxes/" + mailboxId + "/questions",
				questions(List.of("DRUGS"), "OFF", "OFF", "OFF", six)), "custom"))
			.isEqualTo("At most 5 questions of the post's own.");
		assertThat(error(english.put("/api/mailboxes/" + mailboxId + "/questions",
				questions(List.of("LIVING"), "OFF", "OFF", "OFF", List.of())), "categories"))
			.isEqualTo("Choose at least one item of the list.");
		assertThat(error(english.put("/api/mailboxes/" + mailboxId + "/questions",
				questions(List.of("DRUGS"), "OFF", "OFF", "OFF",
						List.of(custom("SHORT", false, Map.of("vi", "x".repeat(201)))))),
				"custom0"))
			.isEqualTo("A question has at most 200 characters.");
		assertThat(error(english.put("/api/mailboxes/" + mailboxId + "/questions",
				questions(List.of("DRUGS"), "OFF", "OFF", "OFF",
						List.of(custom(null, false, Map.of("vi", "Câu hỏi", "de", "Frage"))))),
				"custom0"))
			.contains("That language is not supported.", "Choose a kind of answer.");
		assertThat(english.put("/api/mailboxes/" + mailboxId + "/questions", Map.of("when", "SOMETIMES")).status())
			.isEqualTo(400);
		assertThat(commander.get("/api/mailboxes/" + mailboxId + "/questions")
			.json()
			.get("custom")
			.get(0)
			.get("labels")
			.get("en")
			.asString()).as("nothing saved by refused requests").isEqualTo("How many people?");

		assertThat(api("kalang.officer").put("/api/mailboxes/" + mailboxId + "/questions", good).status())
			.isEqualTo(403);
		assertThat(api("huoiluong.commander").get("/api/mailboxes/" + mailboxId + "/questions").status())
			.isEqualTo(404);
		assertThat(api("huoiluong.commander").put("/api/mailboxes/" + mailboxId + "/questions", good).status())
			.isEqualTo(404);
		assertThat(loggedIn("huoiluong.commander").get("/mailboxes/" + mailboxId + "/questions").status())
			.isEqualTo(404);
	}

	@Test
	void pointsArePlacedInAHamletOfThePostAndPausingTakesEffectAtOnce() {
		long mailboxId = newMailbox();
		ApiClient commander = api("kalang.commander");
		long ownHamlet = this.jdbc.sql("""
				select h.id from org_unit h join border_post_commune c on c.commune_id = h.parent_id
				join border_post p on p.id = c.post_id where p.name = 'Ka Lăng' and h.kind = 'HAMLET'
				order by h.id limit 1
				""").query(Long.class).single();
		long otherHamlet = this.jdbc.sql("""
				select h.id from org_unit h join border_post_commune c on c.commune_id = h.parent_id
				join border_post p on p.id = c.post_id where p.name = 'Huổi Luông' and h.kind = 'HAMLET'
				order by h.id limit 1
				""").query(Long.class).single();
		ApiClient.Response placed = commander.post("/api/mailboxes/" + mailboxId + "/points",
				Map.of("name", "Nhà văn hoá bản", "hamletId", ownHamlet));
		assertThat(placed.status()).isEqualTo(201);
		assertThat(placed.json().get("hamletId").asLong()).isEqualTo(ownHamlet);
		ApiClient.Response elsewhere = commander.post("/api/mailboxes/" + mailboxId + "/points",
				Map.of("name", "Chợ", "hamletId", otherHamlet));
		assertThat(elsewhere.status()).isEqualTo(400);
		assertThat(error(elsewhere, "hamletId")).isEqualTo("Hãy chọn một thôn, bản do đồn phụ trách.");

		String code = placed.json().get("code").asString();
		assertThat(session().get("/q/" + code).status()).isEqualTo(200);
		long pointId = placed.json().get("id").asLong();
		assertThat(commander.put("/api/points/" + pointId + "/status", Map.of("status", "PAUSED")).status())
			.isEqualTo(200);
		assertThat(session().get("/q/" + code).status()).isEqualTo(410);
		commander.put("/api/points/" + pointId + "/status", Map.of("status", "ACTIVE"));
		assertThat(session().get("/q/" + code).status()).isEqualTo(200);
		assertThat(commander.get("/api/mailboxes/" + mailboxId + "/points").json()).hasSize(1);
		assertThat(commander.get("/api/mailboxes/" + mailboxId + "/reports").json().get("total").asLong()).isZero();
	}

	private long newMailbox() {
		ApiClient.Response created = api("kalang.commander").post("/api/mailboxes",
				Map.of("postId", postIdByName("Ka Lăng"), "kind", "CRIME_TIP", "name", "Hộp thư thử " + unique()));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private String newPoint(long mailboxId) {
		return api("kalang.commander")
			.post("/api/mailboxes/" + mailboxId + "/points", Map.of("name", "Chợ " + unique()))
			.json()
			.get("code")
			.asString();
	}

	private static Map<String, String> row(int index, String vi, String en, String fr, String type, boolean required) {
		Map<String, String> row = new LinkedHashMap<>();
		String p = "c" + index + "_";
		row.putAll(Map.of(p + "id", "", p + "vi", vi, p + "en", en, p + "fr", fr, p + "type", type));
		if (required) {
			row.put(p + "required", "true");
		}
		return row;
	}

	private static Map<String, Object> questions(List<String> categories, String when, String where, String files,
			List<Object> custom) {
		Map<String, Object> questions = new LinkedHashMap<>();
		questions.put("categories", categories);
		questions.put("when", when);
		questions.put("where", where);
		questions.put("files", files);
		questions.put("custom", custom);
		return questions;
	}

	private static Map<String, Object> custom(String type, boolean required, Map<String, String> labels) {
		Map<String, Object> custom = new LinkedHashMap<>();
		custom.put("type", type);
		custom.put("required", required);
		custom.put("labels", labels);
		return custom;
	}

	private static String token(Page page) {
		return token(page.body());
	}

	private static String error(ApiClient.Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		StringBuilder messages = new StringBuilder();
		for (JsonNode error : response.json().get("errors")) {
			if (error.hasNonNull("field") && field.equals(error.get("field").asString())) {
				messages.append(messages.isEmpty() ? "" : " ").append(error.get("message").asString());
			}
		}
		return messages.toString();
	}

}
