package org.causo.mailbox;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causo.identity.OfficerDraft;
import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.shared.Scope;
import org.causo.support.ApiClient;
import org.causo.support.DemoAccounts;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ka Lăng and Thu Lũm both cover the commune of Thu Lũm (03439). Sharing a commune opens
 * neither post's mailboxes, reports or cases to the other: everything answers 404, on
 * pages and in the API, as for anything outside the scope.
 */
class NeighbourPostIntegrationTests extends IntegrationTest {

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	Officers officers;

	private long thuLum;

	private Mailbox thuLumTips;

	private QrPoint thuLumPoint;

	private long thuLumReport;

	@BeforeEach
	void aTipAtThuLum() {
		this.thuLum = postIdByName("Thu Lũm");
		this.thuLumTips = this.mailboxes.create(Scope.all(), this.thuLum, MailboxKind.CRIME_TIP,
				"Tố giác – Đồn Thu Lũm " + unique());
		this.thuLumPoint = this.mailboxes.createPoint(Scope.all(), this.thuLumTips.id(), "Chợ Thu Lũm", null);
		this.thuLumReport = submit(this.thuLumPoint.code(), "Có người lạ mang hàng qua suối đêm qua.");
	}

	@Test
	void anOfficerOfKaLangSeesNothingOfThuLumsMailboxOrReportOnPagesOrInTheApi() {
		long mailbox = this.thuLumTips.id();
		long report = this.thuLumReport;
		ApiClient api = api("kalang.officer");
		assertThat(api.get("/api/mailboxes").body()).doesNotContain("\"id\":" + mailbox + ",");
		for (String path : List.of("/api/mailboxes/" + mailbox, "/api/mailboxes/" + mailbox + "/reports",
				"/api/mailboxes/" + mailbox + "/points", "/api/mailboxes/" + mailbox + "/questions")) {
			assertThat(api.get(path).status()).as(path).isEqualTo(404);
		}
		assertThat(api.post("/api/reports/" + report + "/status", Map.of("status", "UNDER_REVIEW")).status())
			.isEqualTo(404);
		assertThat(api.post("/api/cases", Map.of("reportId", report, "title", "Vụ lạ", "kind", "OTHER")).status())
			.isEqualTo(404);

		WebSession web = loggedIn("kalang.officer");
		assertThat(Jsoup.parse(web.get("/mailboxes").body()).select("a[href=/mailboxes/" + mailbox + "]")).isEmpty();
		assertThat(web.get("/mailboxes/" + mailbox).status()).isEqualTo(404);
		assertThat(web.get("/reports/" + report).status()).isEqualTo(404);
		assertThat(web.get("/points/" + this.thuLumPoint.id() + "/poster.pdf").status()).isEqualTo(404);
		assertThat(web.get("/points/" + this.thuLumPoint.code() + "/qr.svg").status()).isEqualTo(404);
		web.get("/mailboxes");
		assertThat(web.post("/reports/" + report + "/status", Map.of("status", "UNDER_REVIEW")).status())
			.isEqualTo(404);
		assertThat(web.post("/reports/" + report + "/labels", Map.of("labels", "hàng lậu")).status()).isEqualTo(404);
		assertThat(web.post("/reports/" + report + "/assignee", Map.of("assignee", "")).status()).isEqualTo(404);
		assertThat(web.post("/reports/" + report + "/cases", Map.of("title", "Vụ lạ", "kind", "OTHER")).status())
			.isEqualTo(404);
		assertUntouched();
	}

	@Test
	void theCommanderOfKaLangCannotSetUpThuLumsMailbox() {
		long mailbox = this.thuLumTips.id();
		ApiClient api = api("kalang.commander");
		assertThat(api.put("/api/mailboxes/" + mailbox + "/retention", Map.of("days", 1)).status()).isEqualTo(404);
		assertThat(api.put("/api/points/" + this.thuLumPoint.id() + "/status", Map.of("status", "RETIRED")).status())
			.isEqualTo(404);
		assertThat(api.post("/api/mailboxes/" + mailbox + "/points", Map.of("name", "Cổng chợ")).status())
			.isEqualTo(404);
		assertThat(api.get("/api/mailboxes/" + mailbox + "/questions").status()).isEqualTo(404);
		assertThat(api
			.post("/api/mailboxes", Map.of("postId", this.thuLum, "kind", "CRIME_TIP", "name", "Hộp thư " + unique()))
			.status()).isEqualTo(404);

		WebSession web = loggedIn("kalang.commander");
		assertThat(web.get("/mailboxes/" + mailbox).status()).isEqualTo(404);
		assertThat(web.get("/mailboxes/" + mailbox + "/questions").status()).isEqualTo(404);
		web.get("/mailboxes");
		assertThat(web.post("/mailboxes/" + mailbox + "/retention", Map.of("days", "1")).status()).isEqualTo(404);
		assertThat(web.post("/points/" + this.thuLumPoint.id() + "/status", Map.of("status", "PAUSED")).status())
			.isEqualTo(404);
		assertThat(web.post("/mailboxes/" + mailbox + "/points", Map.of("name", "Cổng chợ")).status()).isEqualTo(404);
		assertThat(web.post("/reports/" + this.thuLumReport + "/status", Map.of("status", "SPAM")).status())
			.isEqualTo(404);
		assertUntouched();
	}

	@Test
	void anOfficerOfThuLumSeesHisMailboxButNotKaLangsAndTheProvinceAdminSeesBoth() {
		ApiClient thuLumOfficer = new ApiClient(baseUrl(), officerOfThuLum().apiToken());
		long kaLangTips = demoMailbox("Ka Lăng", "CRIME_TIP");
		long kaLangReport = submitTip("Ka Lăng", "DRUGS", "Có người mua bán ma tuý ở bản.");
		assertThat(thuLumOfficer.get("/api/mailboxes/" + this.thuLumTips.id() + "/reports").status()).isEqualTo(200);
		assertThat(thuLumOfficer.get("/api/mailboxes/" + kaLangTips + "/reports").status()).isEqualTo(404);
		assertThat(thuLumOfficer.post("/api/reports/" + kaLangReport + "/status", Map.of("status", "SPAM")).status())
			.isEqualTo(404);
		assertThat(thuLumOfficer.get("/api/mailboxes").body()).doesNotContain("\"id\":" + kaLangTips + ",");

		ApiClient admin = api("admin");
		assertThat(admin.get("/api/mailboxes/" + this.thuLumTips.id() + "/reports").status()).isEqualTo(200);
		assertThat(admin.get("/api/mailboxes/" + kaLangTips + "/reports").status()).isEqualTo(200);
	}

	@Test
	void thuLumsCasesAndFiguresStayThuLums() {
		ApiClient admin = api("admin");
		for (String status : new String[] { "UNDER_REVIEW", "VALUABLE" }) {
			assertThat(admin.post("/api/reports/" + this.thuLumReport + "/status", Map.of("status", status)).status())
				.isEqualTo(204);
		}
		String title = "Vụ suối Thu Lũm " + unique();
		ApiClient.Response opened = admin.post("/api/cases",
				Map.of("reportId", this.thuLumReport, "title", title, "kind", "MAJOR"));
		assertThat(opened.status()).isEqualTo(201);
		long caseId = opened.json().get("id").asLong();
		long kaLangTip = submitTip("Ka Lăng", "SMUGGLING", "Có xe lạ chở hàng ban đêm.");

		for (String username : List.of("kalang.officer", "kalang.commander")) {
			ApiClient api = api(username);
			assertThat(api.get("/api/cases").body()).as(username).doesNotContain(title);
			assertThat(api.get("/api/cases?post=" + this.thuLum).status()).as(username).isEqualTo(404);
			assertThat(api.get("/api/cases/" + caseId).status()).as(username).isEqualTo(404);
			assertThat(api.post("/api/cases/" + caseId + "/reports", Map.of("reportId", kaLangTip)).status())
				.as(username)
				.isEqualTo(404);
			assertThat(api.get("/api/mailboxes/stats?post=" + this.thuLum).status()).as(username).isEqualTo(404);
			WebSession web = loggedIn(username);
			assertThat(web.get("/cases").body()).as(username).doesNotContain(title);
			assertThat(web.get("/cases/" + caseId).status()).as(username).isEqualTo(404);
			web.get("/cases");
			assertThat(
					web.post("/cases/" + caseId, Map.of("title", "Đổi", "kind", "OTHER", "status", "CLOSED")).status())
				.as(username)
				.isEqualTo(404);
		}
		assertThat(admin.get("/api/cases/" + caseId).json().get("title").asString()).isEqualTo(title);
		assertThat(admin.get("/api/mailboxes/stats?post=" + this.thuLum).status()).isEqualTo(200);
	}

	@Test
	void aQrImageChecksTheScopeAndABadCodeIsNotAnError() {
		WebSession web = loggedIn("kalang.officer");
		String own = qrCode("Ka Lăng", "CRIME_TIP");
		WebSession.Page image = web.get("/points/" + own + "/qr.svg");
		assertThat(image.status()).isEqualTo(200);
		assertThat(image.body()).startsWith("<svg");
		assertThat(web.get("/points/" + qrCode("Huổi Luông", "CRIME_TIP") + "/qr.svg").status()).isEqualTo(404);
		assertThat(web.get("/points/" + "A".repeat(3000) + "/qr.svg").status()).isEqualTo(404);
		assertThat(web.get("/points/%3Cb%3E/qr.svg").status()).isEqualTo(404);
	}

	private void assertUntouched() {
		assertThat(this.jdbc.sql("select status || ' ' || cardinality(labels) from report where id = :id")
			.param("id", this.thuLumReport)
			.query(String.class)
			.single()).isEqualTo("NEW 0");
		assertThat(this.jdbc.sql("select count(*) from mailbox_case where first_report_id = :id")
			.param("id", this.thuLumReport)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select retention_days from mailbox where id = :id")
			.param("id", this.thuLumTips.id())
			.query(Integer.class)
			.single()).isEqualTo(90);
		assertThat(this.jdbc.sql("select status from qr_point where mailbox_id = :id")
			.param("id", this.thuLumTips.id())
			.query(String.class)
			.list()).containsExactly("ACTIVE");
		assertThat(this.jdbc.sql("select count(*) from mailbox where post_id = :post and name like 'Hộp thư %'")
			.param("post", this.thuLum)
			.query(Long.class)
			.single()).isZero();
	}

	/** A post officer of Thu Lũm, made as an administrator would, with an API token. */
	private DemoAccounts.Account officerOfThuLum() {
		String username = "thulum." + unique();
		long id = this.officers
			.create(Scope.all(),
					new OfficerDraft(username, "Cán bộ đồn Thu Lũm", Role.POST_OFFICER, null, this.thuLum,
							"mật khẩu ban đầu dài", false, null, false),
					false, false)
			.id();
		return new DemoAccounts.Account(username, "mật khẩu ban đầu dài", this.officers.createApiToken(id, "test"),
				Role.POST_OFFICER.name(), "Thu Lũm", null);
	}

	private long demoMailbox(String post, String kind) {
		return this.jdbc.sql("""
				select min(m.id) from mailbox m join border_post p on p.id = m.post_id
				where p.name = :post and m.kind = :kind
				""").param("post", post).param("kind", kind).query(Long.class).single();
	}

	private long submit(String code, String text) {
		WebSession phone = session();
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(phone.get("/q/" + code).body());
		assertThat(token.find()).isTrue();
		assertThat(phone.post("/q/" + code, Map.of("token", token.group(1), "category", "SMUGGLING", "text", text))
			.status()).isEqualTo(200);
		return this.jdbc.sql("select max(r.id) from report r join qr_point q on q.id = r.qr_point_id where q.code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

}
