package org.causo.library;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who has read the current version, per post and within the scope: two posts, an officer
 * of each, their commanders, an analyst and the province's administrator. A new version
 * is published before each test, so that every mark starts from nothing.
 */
class ConductReadersIntegrationTests extends IntegrationTest {

	private static final String KA_LANG_OFFICER = "Cán bộ đồn Ka Lăng";

	private static final String KA_LANG_MEMBER = "Tổ viên hỗ trợ Ka Lăng";

	private static final String HUOI_LUONG_OFFICER = "Cán bộ đồn Huổi Luông";

	private int version;

	@BeforeEach
	void newVersionAndKaLangsOfficerReadsIt() {
		this.version = CodeOfConductIntegrationTests.publish(this, loggedIn("admin"));
		WebSession officer = loggedIn("kalang.officer");
		officer.get("/conduct");
		assertThat(officer.post("/conduct/read", Map.of("version", String.valueOf(this.version))).status())
			.isEqualTo(302);
	}

	/** The active accounts of a post that are asked to read the code. */
	private int officersAt(String post) {
		return this.jdbc.sql("""
				select count(*) from officer where scope_post_id = :post and not disabled
				  and role in ('POST_COMMANDER', 'POST_OFFICER', 'SUPPORT_MEMBER')
				""").param("post", postIdByName(post)).query(Integer.class).single();
	}

	@Test
	void aCommanderSeesWhoOfTheirPostHasNotReadAndNoOtherPost() {
		Page page = loggedIn("kalang.commander").get("/conduct/readers");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Phiên bản hiện hành là phiên bản " + this.version)
			.contains(KA_LANG_MEMBER)
			.contains("Chỉ huy đồn Ka Lăng")
			.doesNotContain(KA_LANG_OFFICER)
			.doesNotContain("Huổi Luông");
		int officers = officersAt("Ka Lăng");
		assertThat(page.body())
			.containsPattern("Ka Lăng</a></th>\\s*<td>" + officers + "</td><td>1</td><td>" + (officers - 1) + "</td>");
	}

	@Test
	void anOfficerOfOnePostNeverSeesAnothersList() {
		WebSession officer = loggedIn("huoiluong.officer");
		Page page = officer.get("/conduct/readers");
		assertThat(page.body()).contains(HUOI_LUONG_OFFICER).doesNotContain("Ka Lăng");
		assertThat(officer.get("/conduct/readers?post=" + postIdByName("Ka Lăng")).status()).isEqualTo(404);
		assertThat(officer.get("/conduct/readers/export?post=" + postIdByName("Ka Lăng")).status()).isEqualTo(404);
		String csv = new String(officer.getBytes("/conduct/readers/export?format=csv"), StandardCharsets.UTF_8);
		assertThat(csv).contains(HUOI_LUONG_OFFICER).doesNotContain("Ka Lăng");
	}

	@Test
	void anAnalystSeesCountsPerPostButNoName() {
		WebSession analyst = loggedIn("analyst");
		Page page = analyst.get("/conduct/readers");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Ka Lăng", "Huổi Luông")
			.doesNotContain(KA_LANG_MEMBER)
			.doesNotContain(HUOI_LUONG_OFFICER)
			.doesNotContain("Chỉ huy đồn");
		assertThat(analyst.get("/conduct/readers/export?format=csv").status()).isEqualTo(403);
		ApiClient.Response api = api("analyst").get("/api/library/conduct/readers");
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.json().get("unread").get("total").asInt()).isZero();
		assertThat(api.body()).doesNotContain("Tổ viên");
	}

	@Test
	void theAdministratorSeesEveryPostAndTheListChangesWhenAnOfficerReads() {
		WebSession admin = loggedIn("admin");
		long kaLang = postIdByName("Ka Lăng");
		Page before = admin.get("/conduct/readers?post=" + kaLang);
		assertThat(before.body()).contains(KA_LANG_MEMBER).doesNotContain(KA_LANG_OFFICER);
		assertThat(admin.get("/conduct/readers").body()).contains("Huổi Luông");
		assertThat(admin.get("/conduct/readers?post=" + postIdByName("Huổi Luông")).body())
			.contains(HUOI_LUONG_OFFICER);
		WebSession member = loggedIn("kalang.member");
		member.get("/conduct");
		member.post("/conduct/read", Map.of("version", String.valueOf(this.version)));
		assertThat(admin.get("/conduct/readers?post=" + kaLang).body()).doesNotContain(KA_LANG_MEMBER);
		String csv = new String(admin.getBytes("/conduct/readers/export?format=csv"), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFĐồn,Họ tên,Phiên bản")
			.contains("Huổi Luông," + HUOI_LUONG_OFFICER + "," + this.version)
			.doesNotContain(KA_LANG_MEMBER)
			.doesNotContain(KA_LANG_OFFICER);
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'CONDUCT_UNREAD_EXPORTED'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theNamesArePagedAndTheApiAnswersTheSame() {
		WebSession admin = loggedIn("admin");
		Page first = admin.get("/conduct/readers?size=1");
		assertThat(first.body()).contains("rel=\"next\"");
		ApiClient.Response api = api("kalang.commander").get("/api/library/conduct/readers?size=1&page=1");
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.json().get("version").asInt()).isEqualTo(this.version);
		assertThat(api.json().get("unread").get("total").asInt()).isEqualTo(officersAt("Ka Lăng") - 1);
		assertThat(api.json().get("unread").get("items")).hasSize(1);
		assertThat(api.json().get("posts")).hasSize(1);
		assertThat(api("kalang.commander").get("/api/library/conduct/readers?page=x").status()).isEqualTo(400);
	}

}
