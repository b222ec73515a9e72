package org.causo.mailbox;

import java.util.Map;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportHandlingIntegrationTests extends IntegrationTest {

	@Test
	void theCommanderAssignsAReportWithinThePostAndLabelsIt() {
		long reportId = submit();
		long officer = officerIdByUsername("kalang.officer");
		WebSession commander = loggedIn("kalang.commander");
		commander.get("/reports/" + reportId);
		assertThat(commander.post("/reports/" + reportId + "/assignee", Map.of("assignee", String.valueOf(officer)))
			.status()).isEqualTo(302);
		assertThat(
				commander.post("/reports/" + reportId + "/labels", Map.of("labels", "ma tuý, xe máy, ma tuý")).status())
			.isEqualTo(302);
		Document page = Jsoup.parse(commander.get("/reports/" + reportId).body());
		assertThat(page.select("#assignee option[selected]").attr("value")).isEqualTo(String.valueOf(officer));
		assertThat(page.select("#labels").val()).isEqualTo("ma tuý, xe máy");
		long mailboxId = this.jdbc.sql("select mailbox_id from report where id = :id")
			.param("id", reportId)
			.query(Long.class)
			.single();
		String link = "href=\"/reports/" + reportId + "\"";
		assertThat(commander.get("/mailboxes/" + mailboxId + "?label=xe%20m%C3%A1y").body()).contains(link);
		assertThat(commander.get("/mailboxes/" + mailboxId + "?label=kh%C3%A1c").body()).doesNotContain(link);
		assertThat(commander.get("/mailboxes/" + mailboxId + "?mine=true").body()).doesNotContain(link);
		assertThat(loggedIn("kalang.officer").get("/mailboxes/" + mailboxId + "?mine=true").body()).contains(link);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action in ('REPORT_ASSIGNED', 'REPORT_LABELLED') "
					+ "and target_id = :id")
			.param("id", String.valueOf(reportId))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anOfficerOfAnotherPostCannotBeAssignedAndTooManyLabelsAreRefused() {
		long reportId = submit();
		WebSession commander = loggedIn("kalang.commander");
		commander.get("/reports/" + reportId);
		WebSession.Page outsider = commander.post("/reports/" + reportId + "/assignee",
				Map.of("assignee", String.valueOf(officerIdByUsername("huoiluong.officer"))));
		assertThat(outsider.status()).isEqualTo(400);
		assertThat(outsider.body()).contains("Chỉ phân công cho cán bộ đọc được hộp thư này");
		WebSession.Page tooMany = commander.post("/reports/" + reportId + "/labels?lang=en",
				Map.of("labels", "a,b,c,d,e,f,g,h,i,j,k"));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body()).contains("At most 10 labels");
	}

	private long submit() {
		return submitTip("Ka Lăng", "DRUGS", "Người lạ giao hàng ở bến đò " + unique());
	}

}
