package org.causo.mailbox;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		String code = this.jdbc
			.sql("""
					select q.code from qr_point q join mailbox m on m.id = q.mailbox_id join border_post p on p.id = m.post_id
					where p.name = 'Ka Lăng' and m.kind = 'CRIME_TIP' and q.status = 'ACTIVE' order by q.id limit 1
					""")
			.query(String.class)
			.single();
		WebSession phone = session();
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(phone.get("/q/" + code).body());
		assertThat(token.find()).isTrue();
		assertThat(phone
			.post("/q/" + code, Map.of("token", token.group(1), "category", "DRUGS", "text",
					"Người lạ giao hàng ở bến đò " + unique()))
			.status()).isEqualTo(200);
		return this.jdbc.sql("select max(id) from report").query(Long.class).single();
	}

}
