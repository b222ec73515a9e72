package org.causo.mailbox;

import java.util.List;
import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Cases opened from reports: linking, outcomes, validation, scope and audit. */
class CaseIntegrationTests extends IntegrationTest {

	@Autowired
	Submissions submissions;

	@Test
	void anOfficerOpensACaseFromAValuableReportAndAddsAnotherOne() {
		long first = kaLangReport("Hai người mang hêrôin qua suối");
		long second = kaLangReport("Xe máy chở hàng trắng lúc nửa đêm");
		WebSession officer = loggedIn("kalang.officer");
		triage(officer, first);
		assertThat(officer.get("/reports/" + first).body()).contains("Lập vụ việc mới");
		Page opened = officer.post("/reports/" + first + "/cases",
				Map.of("title", "Vụ hêrôin bản Pa Thắng", "kind", "MAJOR"));
		assertThat(opened.status()).isEqualTo(302);
		long caseId = Long.parseLong(opened.location().replaceAll(".*/cases/(\\d+)$", "$1"));
		assertThat(status(first)).isEqualTo("CASE_OPENED");

		officer.get("/reports/" + second);
		assertThat(officer.post("/reports/" + second + "/case", Map.of("caseId", String.valueOf(caseId))).status())
			.isEqualTo(302);
		assertThat(status(second)).as("not yet valuable: linked, status unchanged").isEqualTo("NEW");
		Page page = officer.get("/cases/" + caseId);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Vụ hêrôin bản Pa Thắng", "Vụ lớn", "Tin số " + first, "Tin số " + second)
			.doesNotContain("Hai người mang hêrôin qua suối");
		assertThat(officer.get("/reports/" + second).body()).contains("Tin này thuộc vụ việc");
		assertThat(officer.get("/cases").body()).contains("Vụ hêrôin bản Pa Thắng");

		ApiClient api = api("kalang.officer");
		assertThat(api.post("/api/cases/" + caseId + "/reports", Map.of("reportId", second)).status()).as("twice")
			.isEqualTo(400);
		assertThat(api.get("/api/cases/" + caseId).json().get("reports").size()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from audit_event where target_id = :id and action like 'CASE_%'")
			.param("id", String.valueOf(caseId))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void outcomesAreRecordedAndBadOnesRefusedInTheOfficersLanguage() {
		long report = kaLangReport("Buôn lậu cau khô qua đường mòn");
		ApiClient api = api("kalang.officer");
		var opened = api.post("/api/cases", Map.of("reportId", report, "title", "Vụ cau khô", "kind", "OTHER"));
		assertThat(opened.status()).isEqualTo(201);
		long caseId = opened.json().get("id").asLong();

		var good = api.put("/api/cases/" + caseId + "/outcome",
				Map.of("title", "Vụ cau khô", "kind", "OTHER", "status", "CLOSED", "prosecuted", true, "arrests", 2,
						"seizures", List.of(Map.of("kind", "SMUGGLED_GOODS", "quantity", 2.9, "unit", "KG"))));
		assertThat(good.status()).isEqualTo(200);
		assertThat(good.json().get("arrests").asInt()).isEqualTo(2);
		assertThat(good.json().get("seizures").get(0).get("quantity").decimalValue()).isEqualByComparingTo("2.9");

		var negative = api.inLanguage("en")
			.put("/api/cases/" + caseId + "/outcome", Map.of("title", "Vụ cau khô", "kind", "OTHER", "status", "OPEN",
					"seizures", List.of(Map.of("kind", "SMUGGLED_GOODS", "quantity", -1, "unit", "KG"))));
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.body()).contains("must be a number of zero or more");
		var unit = api.put("/api/cases/" + caseId + "/outcome", Map.of("title", "Vụ cau khô", "kind", "OTHER", "status",
				"OPEN", "seizures", List.of(Map.of("kind", "SMUGGLED_GOODS", "quantity", 1, "unit", "BARRELS"))));
		assertThat(unit.status()).isEqualTo(400);
		assertThat(unit.body()).contains("không có trong danh sách");
		assertThat(api.inLanguage("fr")
			.put("/api/cases/" + caseId + "/outcome",
					Map.of("title", "", "kind", "HUGE", "status", "OPEN", "arrests", -3))
			.body()).contains("Saisissez un titre", "majeure ou autre", "entier de 0");

		WebSession officer = loggedIn("kalang.officer");
		officer.get("/cases/" + caseId);
		Page form = officer.post("/cases/" + caseId,
				List.of(Map.entry("title", "Vụ cau khô"), Map.entry("kind", "OTHER"), Map.entry("status", "OPEN"),
						Map.entry("arrests", "2"), Map.entry("seizureKind", "SMUGGLED_GOODS"),
						Map.entry("seizureQuantity", "-1"), Map.entry("seizureUnit", "KG")));
		assertThat(form.status()).isEqualTo(400);
		assertThat(form.body()).contains("phải là số không âm");
		assertThat(api.get("/api/cases/" + caseId).json().get("seizures").size()).as("unchanged").isEqualTo(1);
		Page saved = officer.post("/cases/" + caseId,
				List.of(Map.entry("title", "Vụ cau khô"), Map.entry("kind", "OTHER"), Map.entry("status", "CLOSED"),
						Map.entry("arrests", "3"), Map.entry("seizureKind", "SMUGGLED_GOODS"),
						Map.entry("seizureQuantity", "2,5"), Map.entry("seizureUnit", "KG"),
						Map.entry("seizureKind", ""), Map.entry("seizureQuantity", ""),
						Map.entry("seizureUnit", "KG")));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(officer.follow(saved).body()).contains("Hàng hoá nhập lậu: 2,5 kg", "Đã kết thúc");
	}

	@Test
	void aRefusedCaseFormComesBackWithEveryRowTypedAndAQuantityWithoutGoodsIsAnError() {
		long report = kaLangReport("Tiền mặt và hêrôin trong bao tải");
		long caseId = api("kalang.officer")
			.post("/api/cases", Map.of("reportId", report, "title", "Vụ bao tải", "kind", "MAJOR"))
			.json()
			.get("id")
			.asLong();
		WebSession officer = loggedIn("kalang.officer");
		officer.get("/cases/" + caseId);
		List<Map.Entry<String, String>> typed = List.of(Map.entry("title", "Vụ bao tải, đã sửa"),
				Map.entry("kind", "MAJOR"), Map.entry("status", "OPEN"), Map.entry("arrests", "4"),
				Map.entry("seizureKind", "HEROIN"), Map.entry("seizureQuantity", "1,5"), Map.entry("seizureUnit", "KG"),
				Map.entry("seizureKind", "CASH"), Map.entry("seizureQuantity", "abc"), Map.entry("seizureUnit", ""),
				Map.entry("seizureKind", ""), Map.entry("seizureQuantity", "7"), Map.entry("seizureUnit", ""),
				Map.entry("seizureKind", ""), Map.entry("seizureQuantity", ""), Map.entry("seizureUnit", ""));
		Page refused = officer.post("/cases/" + caseId, typed);
		assertThat(refused.status()).isEqualTo(400);
		org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(refused.body());
		assertThat(form.select("#title").val()).isEqualTo("Vụ bao tải, đã sửa");
		assertThat(form.select("#arrests").val()).isEqualTo("4");
		assertThat(form.select(".seizure-row select[name=seizureKind] option[selected]").eachAttr("value"))
			.startsWith("HEROIN", "CASH");
		assertThat(form.select(".seizure-row input[name=seizureQuantity]").eachAttr("value")).startsWith("1,5", "abc",
				"7");
		assertThat(form.select(".seizure-row")).as("typed rows and blank ones").hasSizeGreaterThanOrEqualTo(6);
		assertThat(refused.body()).contains("Dòng 2: số lượng phải là số không âm");

		Page noGoods = officer.post("/cases/" + caseId,
				List.of(Map.entry("title", "Vụ bao tải"), Map.entry("kind", "MAJOR"), Map.entry("status", "OPEN"),
						Map.entry("seizureKind", "HEROIN"), Map.entry("seizureQuantity", "1,5"),
						Map.entry("seizureUnit", "KG"), Map.entry("seizureKind", ""), Map.entry("seizureQuantity", "7"),
						Map.entry("seizureUnit", "")));
		assertThat(noGoods.status()).as("a quantity without goods is not dropped").isEqualTo(400);
		assertThat(noGoods.body()).contains("Dòng 2: hãy chọn tang vật trong danh sách.");

		Page more = officer.post("/cases/" + caseId,
				List.of(Map.entry("title", "Vụ bao tải"), Map.entry("kind", "MAJOR"),
						Map.entry("seizureKind", "PHONES"), Map.entry("seizureQuantity", "3"),
						Map.entry("seizureUnit", ""), Map.entry("blank", "3"), Map.entry("more", "true")));
		assertThat(more.status()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(more.body()).select(".seizure-row")).hasSize(7);
		assertThat(api("kalang.officer").get("/api/cases/" + caseId).json().get("seizures").size()).as("nothing saved")
			.isZero();

		Page saved = officer.post("/cases/" + caseId,
				List.of(Map.entry("title", "Vụ bao tải"), Map.entry("kind", "MAJOR"), Map.entry("status", "OPEN"),
						Map.entry("seizureKind", "HEROIN"), Map.entry("seizureQuantity", "1,5"),
						Map.entry("seizureUnit", "KG"), Map.entry("seizureKind", "CASH"),
						Map.entry("seizureQuantity", "20000000"), Map.entry("seizureUnit", "")));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(officer.follow(saved).body()).contains("Hêrôin: 1,5 kg", "Tiền mặt: 20.000.000 đồng");
		assertThat(officer.get("/cases/" + caseId + "?lang=en").body()).contains("Heroin: 1.5 kg");
	}

	@Test
	void anotherPostsOfficerGets404ForItsCasesAndFigures() {
		long report = kaLangReport("Người lạ vận chuyển hàng cấm");
		var opened = api("kalang.officer").post("/api/cases",
				Map.of("reportId", report, "title", "Vụ hàng cấm", "kind", "OTHER"));
		long caseId = opened.json().get("id").asLong();
		long kaLang = postIdByName("Ka Lăng");
		WebSession other = loggedIn("huoiluong.officer");
		assertThat(other.get("/cases/" + caseId).status()).isEqualTo(404);
		assertThat(other.get("/cases?post=" + kaLang).status()).isEqualTo(404);
		assertThat(other.get("/mailboxes/stats?post=" + kaLang).status()).isEqualTo(404);
		assertThat(other.get("/mailboxes/stats.csv?post=" + kaLang).status()).isEqualTo(404);
		assertThat(other.get("/cases").body()).doesNotContain("Vụ hàng cấm");
		ApiClient api = api("huoiluong.officer");
		assertThat(api.get("/api/cases/" + caseId).status()).isEqualTo(404);
		assertThat(api.put("/api/cases/" + caseId + "/outcome", Map.of("title", "x", "kind", "OTHER", "status", "OPEN"))
			.status()).isEqualTo(404);
		assertThat(api
			.post("/api/cases",
					Map.of("reportId", kaLangReport("Một tin khác của đồn Ka Lăng"), "title", "Cướp vụ", "kind",
							"OTHER"))
			.status()).isEqualTo(404);
		assertThat(api.get("/api/mailboxes/stats?post=" + kaLang).status()).isEqualTo(404);
		assertThat(loggedIn("kalang.member").get("/cases").status()).isEqualTo(403);
	}

	private void triage(WebSession officer, long reportId) {
		officer.get("/reports/" + reportId);
		assertThat(officer.post("/reports/" + reportId + "/status", Map.of("status", "UNDER_REVIEW")).status())
			.isEqualTo(302);
		assertThat(officer.post("/reports/" + reportId + "/status", Map.of("status", "VALUABLE")).status())
			.isEqualTo(302);
	}

	private long kaLangReport(String text) {
		String code = this.jdbc
			.sql("""
					select q.code from qr_point q join mailbox m on m.id = q.mailbox_id join border_post p on p.id = m.post_id
					where p.name = 'Ka Lăng' and m.kind = 'CRIME_TIP' and q.status = 'ACTIVE' order by q.id limit 1
					""")
			.query(String.class)
			.single();
		this.submissions.submit(code,
				new TipForm("DRUGS", text + " " + unique(), "", "", "", this.submissions.form(code).token()));
		return this.jdbc.sql("select max(id) from report").query(Long.class).single();
	}

	private String status(long reportId) {
		return this.jdbc.sql("select status from report where id = :id")
			.param("id", reportId)
			.query(String.class)
			.single();
	}

}
