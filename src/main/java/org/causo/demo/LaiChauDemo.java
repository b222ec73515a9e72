package org.causo.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.causo.identity.OfficerDraft;
import org.causo.identity.OfficerView;
import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.mailbox.Mailbox;
import org.causo.mailbox.MailboxKind;
import org.causo.mailbox.Mailboxes;
import org.causo.mailbox.QrPoint;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.PostDraft;
import org.causo.orgunit.UnitDraft;
import org.causo.orgunit.UnitKind;
import org.causo.shared.Scope;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's Lai Châu: the province, its communes and invented hamlets, its border posts,
 * one account per role at two posts, and a crime-tip and a feedback mailbox per post,
 * each written through its module's facade like an administrator's work.
 */
@Component
class LaiChauDemo {

	private final OrgUnits units;

	private final BorderPosts posts;

	private final Officers officers;

	private final Mailboxes mailboxes;

	private final SecureRandom random = new SecureRandom();

	LaiChauDemo(OrgUnits units, BorderPosts posts, Officers officers, Mailboxes mailboxes) {
		this.units = units;
		this.posts = posts;
		this.officers = officers;
		this.mailboxes = mailboxes;
	}

	/** Loads it all, in the caller's transaction; returns what {@code demo.json} says. */
	DemoManifest load() {
		Scope all = Scope.all();
		OrgUnit province = this.units.create(all,
				new UnitDraft(UnitKind.PROVINCE, LaiChau.PROVINCE_CODE, "Lai Châu", null), false);
		Map<String, OrgUnit> communes = new HashMap<>();
		for (String[] row : communesOf(LaiChau.PROVINCE_CODE)) {
			communes.put(row[0],
					this.units.create(all, new UnitDraft(UnitKind.COMMUNE, row[0], row[1], province.id()), false));
		}
		LaiChau.HAMLETS.forEach((code, names) -> names.forEach((name) -> this.units.create(all,
				new UnitDraft(UnitKind.HAMLET, null, name, communes.get(code).id()), true)));
		Map<String, BorderPost> posts = new HashMap<>();
		int n = 1;
		for (var entry : LaiChau.POSTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
			List<Long> covered = entry.getValue().stream().map((c) -> communes.get(c).id()).toList();
			posts.put(entry.getKey(), this.posts.create(all,
					new PostDraft(String.format("DB%02d", n++), entry.getKey(), province.id(), covered), true));
		}
		List<DemoManifest.Account> accounts = new ArrayList<>();
		accounts.add(account("admin", "Quản trị Tỉnh", Role.PROVINCE_ADMIN, province.id(), null, province.name()));
		accounts.add(account("analyst", "Phân tích viên", Role.ANALYST, province.id(), null, province.name()));
		for (String post : List.of("Ka Lăng", "Huổi Luông")) {
			BorderPost bp = posts.get(post);
			String prefix = post.equals("Ka Lăng") ? "kalang" : "huoiluong";
			accounts
				.add(account(prefix + ".commander", "Chỉ huy đồn " + post, Role.POST_COMMANDER, null, bp.id(), post));
			accounts.add(account(prefix + ".officer", "Cán bộ đồn " + post, Role.POST_OFFICER, null, bp.id(), post));
			accounts
				.add(account(prefix + ".member", "Tổ viên hỗ trợ " + post, Role.SUPPORT_MEMBER, null, bp.id(), post));
		}
		List<DemoManifest.Link> links = new ArrayList<>(List.of(new DemoManifest.Link("Đăng nhập / Log in", "/login"),
				new DemoManifest.Link("Đơn vị hành chính / Units", "/units"),
				new DemoManifest.Link("Đồn biên phòng / Border posts", "/posts"),
				new DemoManifest.Link("Tài khoản cán bộ / Officers", "/admin/officers"),
				new DemoManifest.Link("Nhật ký / Audit log", "/admin/audit"),
				new DemoManifest.Link("Hộp thư / Mailboxes", "/mailboxes"),
				new DemoManifest.Link("Xem trả lời / Read answers with a receipt", "/r")));
		for (String post : List.of("Ka Lăng", "Huổi Luông")) {
			links.addAll(demoMailboxes(posts.get(post)));
		}
		return new DemoManifest(accounts, links);
	}

	/** A crime-tip and a feedback mailbox for the post, with two QR points each. */
	private List<DemoManifest.Link> demoMailboxes(BorderPost post) {
		List<DemoManifest.Link> links = new ArrayList<>();
		Scope all = Scope.all();
		Mailbox tips = this.mailboxes.create(all, post.id(), MailboxKind.CRIME_TIP,
				"Tố giác tội phạm – Đồn " + post.name());
		for (String place : List.of("Chợ phiên " + post.name(), "Cổng đồn " + post.name())) {
			QrPoint point = this.mailboxes.createPoint(all, tips.id(), place, null);
			links.add(new DemoManifest.Link("QR tố giác / crime tip: " + place, "/q/" + point.code()));
		}
		Mailbox feedback = this.mailboxes.create(all, post.id(), MailboxKind.FEEDBACK, "Góp ý – Đồn " + post.name());
		QrPoint barracks = this.mailboxes.createPoint(all, feedback.id(), "Nhà ở cán bộ, chiến sĩ " + post.name(),
				null);
		links.add(new DemoManifest.Link("QR góp ý / feedback: " + post.name(), "/q/" + barracks.code()));
		return links;
	}

	private DemoManifest.Account account(String username, String name, Role role, Long unitId, Long postId,
			String scope) {
		String password = "demo-" + randomWord();
		OfficerView officer = this.officers.create(Scope.all(),
				new OfficerDraft(username, name, role, unitId, postId, password, false, null, false), false, true);
		String secret = role.requiresTotp() ? this.officers.enrolDemoTotp(officer.id()) : null;
		String token = this.officers.createApiToken(officer.id(), "demo");
		return new DemoManifest.Account(username, password, token, role.name(), scope, secret);
	}

	private String randomWord() {
		String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			sb.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return sb.toString();
	}

	static List<String[]> communesOf(String provinceCode) {
		List<String[]> rows = new ArrayList<>();
		var resource = new ClassPathResource("reference/admin-units/vn_communes_2025.csv");
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				String[] cells = line.split(",");
				if (cells.length == 5 && cells[3].equals(provinceCode)) {
					rows.add(new String[] { cells[1], cells[2] });
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("reference data missing", ex);
		}
		return rows;
	}

}
