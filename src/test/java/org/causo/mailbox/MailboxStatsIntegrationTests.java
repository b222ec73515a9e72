package org.causo.mailbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.PostDraft;
import org.causo.shared.Scope;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds' figures — 75 reports, 31 valuable, 2 major and 4 other cases, 7 arrests —
 * built through the facades at a post of their own, and read back from the page, the API
 * and the CSV.
 */
class MailboxStatsIntegrationTests extends IntegrationTest {

	private static final String SECRET = "NỘI-DUNG-BÍ-MẬT";

	@Autowired
	Submissions submissions;

	@Autowired
	Reports reports;

	@Autowired
	Cases cases;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	BorderPosts posts;

	@Autowired
	MailboxStats stats;

	@Test
	void theSeedFiguresCanBeRecordedAndAreShownOnThePageTheApiAndTheCsv() {
		Scope all = Scope.all();
		long officer = officerIdByUsername("admin");
		String code = "S" + unique();
		BorderPost post = this.posts.create(all, new PostDraft(code, "Đồn Thống kê " + code,
				unitIdByCode("PROVINCE", "12"), List.of(unitIdByCode("COMMUNE", "03442"))));
		Mailbox mailbox = this.mailboxes.create(all, post.id(), MailboxKind.CRIME_TIP, "Tố giác – " + code);
		List<QrPoint> points = List.of(this.mailboxes.createPoint(all, mailbox.id(), "Chợ " + code, null),
				this.mailboxes.createPoint(all, mailbox.id(), "Trường " + code, null),
				this.mailboxes.createPoint(all, mailbox.id(), "Cổng đồn " + code, null));
		List<String> categories = List.of("DRUGS", "SMUGGLING", "OTHER");
		for (int i = 0; i < 75; i++) {
			String point = points.get(i % 3).code();
			this.submissions.submit(point, new TipForm(categories.get(i % 3), SECRET + " tin số " + i, "", "", "",
					this.submissions.form(point).token()));
		}
		List<Long> ids = this.jdbc.sql("select id from report where mailbox_id = :m order by id")
			.param("m", mailbox.id())
			.query(Long.class)
			.list();
		assertThat(ids).hasSize(75);
		for (int i = 0; i < 40; i++) {
			this.reports.changeStatus(all, officer, ids.get(i), ReportStatus.UNDER_REVIEW);
			this.reports.changeStatus(all, officer, ids.get(i),
					(i < 31) ? ReportStatus.VALUABLE : ReportStatus.NOT_VALUABLE);
		}
		List<CaseView> opened = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			opened.add(this.cases.open(all, officer, ids.get(i),
					new CaseDraft("Vụ " + (i + 1), (i < 2) ? "MAJOR" : "OTHER")));
		}
		this.cases.link(all, officer, opened.get(0).id(), ids.get(6));
		this.cases.link(all, officer, opened.get(1).id(), ids.get(7));
		outcome(opened.get(0), "CLOSED", 3, seizure("HEROIN", "0.7", "KG"), seizure("MOTORCYCLES", "1", "MOTORCYCLES"),
				seizure("CASH", "15000000", ""));
		outcome(opened.get(1), "OPEN", 2, seizure("SMUGGLED_GOODS", "2.9", "KG"), seizure("HEROIN", "800", "G"),
				seizure("SYNTHETIC_TABLETS", "1200", null));
		outcome(opened.get(2), "OPEN", 1, seizure("motorcycles", "1", "MOTORCYCLES"), seizure("PHONES", "1", "PHONES"));
		outcome(opened.get(3), "OPEN", 1);
		this.reports.changeStatus(all, officer, ids.get(0), ReportStatus.CLOSED);

		Figures figures = this.stats.figures(all, officer, new StatsQuery(null, post.id(), null, null, null));
		assertThat(figures.rows()).hasSize(1);
		assertThat(figures.total()).isEqualTo(new Figures.Group("", "", 75, 31, 2, 4, 7));
		assertThat(figures.rows().get(0).label()).isEqualTo(post.name());
		assertThat(figures.seizures()).extracting((s) -> s.kind().toLowerCase() + " " + s.amount() + " " + s.unit())
			.containsExactlyInAnyOrder("heroin 1500 G", "smuggled_goods 2.9 KG", "motorcycles 2 MOTORCYCLES",
					"phones 1 PHONES", "synthetic_tablets 1200 TABLETS", "cash 15000000 VND");
		Figures byPoint = this.stats.figures(all, officer,
				new StatsQuery(StatsQuery.Dimension.POINT, post.id(), null, null, null));
		assertThat(byPoint.rows()).extracting(Figures.Group::received).containsExactly(25L, 25L, 25L);
		assertThat(byPoint.total()).isEqualTo(figures.total());
		assertThat(this.stats
			.figures(all, officer, new StatsQuery(StatsQuery.Dimension.CATEGORY, post.id(), null, null, null))
			.rows()).hasSize(3);
		assertThat(this.stats
			.figures(all, officer, new StatsQuery(StatsQuery.Dimension.MONTH, post.id(), null, null, null))
			.total()).isEqualTo(figures.total());

		var json = api("admin").get("/api/mailboxes/stats?post=" + post.id()).json().get("total");
		assertThat(List.of(json.get("received").asLong(), json.get("valuable").asLong(),
				json.get("majorCases").asLong(), json.get("otherCases").asLong(), json.get("arrests").asLong()))
			.containsExactly(75L, 31L, 2L, 4L, 7L);

		WebSession admin = loggedIn("admin");
		assertThat(admin.get("/mailboxes").body()).contains("/mailboxes/stats", "Thống kê");
		Page page = admin.get("/mailboxes/stats?post=" + post.id());
		assertThat(page.status()).isEqualTo(200);
		Document doc = Jsoup.parse(page.body());
		assertThat(doc.select("#total td").eachText()).containsExactly("75", "31", "41 %", "2", "4", "7");
		assertThat(doc.select("svg rect")).hasSize(2);
		// one list of kinds, each in one unit: 0.7 kg and 800 g of heroin add up to 1,5
		// kg
		assertThat(doc.select("#seizures tr").eachText()).contains("Hêrôin 1,5 kg", "Hàng hoá nhập lậu 2,9 kg",
				"Xe máy 2 xe máy", "Điện thoại 1 điện thoại", "Ma tuý tổng hợp dạng viên 1.200 viên",
				"Tiền mặt 15.000.000 đồng");
		assertThat(Jsoup.parse(admin.get("/mailboxes/stats?post=" + post.id() + "&lang=en").body())
			.select("#seizures tr")
			.eachText()).contains("Heroin 1.5 kg");
		admin.get("/mailboxes/stats?lang=vi");
		assertThat(doc.select("svg script")).as("the chart needs no script").isEmpty();
		assertThat(page.body()).doesNotContain(SECRET);

		Page csv = admin.get("/mailboxes/stats.csv?post=" + post.id());
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body()).contains("TOTAL,,,75,31,41,2,4,7", "\r\nHEROIN,G,1500\r\n", "2.9")
			.doesNotContain(SECRET)
			.doesNotContain("tin số");
		assertThat(admin.get("/mailboxes/stats?post=" + post.id() + "&from=2999-01").body())
			.contains("Không có số liệu");
		assertThat(admin.get("/mailboxes/stats?from=2026-05&to=2026-01").status()).isEqualTo(400);
	}

	private void outcome(CaseView view, String status, int arrests, CaseOutcome.SeizureDraft... seizures) {
		this.cases.record(Scope.all(), officerIdByUsername("admin"), view.id(),
				new CaseOutcome(view.title(), view.kind().name(), status, arrests > 0, arrests, List.of(seizures)));
	}

	private static CaseOutcome.SeizureDraft seizure(String kind, String quantity, String unit) {
		return new CaseOutcome.SeizureDraft(kind, new BigDecimal(quantity), unit);
	}

}
