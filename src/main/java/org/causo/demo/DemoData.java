package org.causo.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.causo.shared.DemoBanner;
import org.causo.shared.OwnerOnlyFile;
import org.causo.shared.Scope;
import org.causo.shared.db.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo once, on the embedded database only, and writes {@code data/demo.json}.
 * On later starts it only prints how to log in again. It never runs against an external
 * database.
 */
@Component
@Order(5)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Deployment deployment;

	private final boolean enabled;

	private final OrgUnits units;

	private final BorderPosts posts;

	private final Officers officers;

	private final JsonMapper json;

	private final Mailboxes mailboxes;

	private final TransactionTemplate tx;

	private final SecureRandom random = new SecureRandom();

	private final DemoBanner banner;

	private final DemoLoaders loaders;

	private java.util.function.Consumer<String> loginHelp;

	DemoData(Deployment deployment, @Value("${causo.demo.enabled:true}") boolean enabled, OrgUnits units,
			BorderPosts posts, Officers officers, JsonMapper json, TransactionTemplate tx, Mailboxes mailboxes,
			DemoBanner banner, DemoLoaders loaders) {
		this.deployment = deployment;
		this.loaders = loaders;
		this.banner = banner;
		this.enabled = enabled;
		this.units = units;
		this.posts = posts;
		this.officers = officers;
		this.json = json;
		this.mailboxes = mailboxes;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.deployment.embedded()) {
			return;
		}
		Path file = this.deployment.dataDir().resolve("demo.json");
		if (!this.enabled) {
			if (Files.exists(file)) {
				// switched off after it was loaded: its accounts are still there
				this.banner.show();
			}
			return;
		}
		DemoManifest manifest;
		if (this.officers.count() == 0) {
			manifest = this.tx.execute((status) -> load());
			OwnerOnlyFile.write(file, this.json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
		}
		else if (Files.exists(file)) {
			OwnerOnlyFile.restrict(file);
			manifest = this.json.readValue(file.toFile(), DemoManifest.class);
		}
		else {
			log.warn("Demo data is loaded but {} is missing; delete the data folder to start afresh.", file);
			this.banner.show();
			return;
		}
		this.loaders.loadAll();
		this.loginHelp = (port) -> printLogin(manifest, file, port);
		this.banner.show();
	}

	/**
	 * How to log in, printed once the application is ready: after every module's demo
	 * loader (run at the end of {@link #run}), so that what one sees on logging in is all
	 * there.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		if (this.loginHelp != null) {
			this.loginHelp
				.accept(event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080"));
			this.loginHelp = null;
		}
	}

	private DemoManifest load() {
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

	/**
	 * Printed on the console, not through the logger: demo passwords are meant to be read
	 * by the person who started the demo and must not end up in log files.
	 */
	private void printLogin(DemoManifest manifest, Path file, String port) {
		StringBuilder out = new StringBuilder(
				"\n=== Cầu Số demo ===\nOpen http://localhost:" + port + "/login and log in as:\n");
		for (DemoManifest.Account account : manifest.accounts()) {
			out.append(String.format("  %-22s %-20s %-15s %s%s%n", account.username(), account.password(),
					account.role(), account.scope(),
					(account.totpSecret() != null) ? "  (TOTP " + account.totpSecret() + ")" : ""));
		}
		out.append("Accounts marked TOTP need a code from an authenticator app set up with that secret.\n")
			.append("All of this, with API tokens, is in ")
			.append(file)
			.append('\n');
		System.out.println(out);
	}

}
