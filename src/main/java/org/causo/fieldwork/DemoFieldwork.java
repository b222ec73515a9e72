package org.causo.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.shared.Scope;
import org.causo.shared.db.Deployment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only (embedded database): a support team at Ka Lăng and at Huổi Luông with
 * the post's support member and two volunteers, then, once households exist (the
 * registry's demo, which may come on a later start), assignments of up to 12 households
 * per team and visits with skills reached in plausible proportions. Runs after the other
 * demo loaders and never twice.
 */
@Component
@Order(50)
class DemoFieldwork implements ApplicationRunner {

	/** How often a visited resident shows each skill, in catalogue code order. */
	private static final List<Object[]> SHARES = List.of(new Object[] { "SMARTPHONE", 0.7 },
			new Object[] { "ZALO", 0.55 }, new Object[] { "VNEID_INSTALLED", 0.45 },
			new Object[] { "VNEID_LEVEL2", 0.25 }, new Object[] { "HEALTH_INSURANCE", 0.2 },
			new Object[] { "QR_PAYMENT", 0.15 }, new Object[] { "SCAM_AWARENESS", 0.15 },
			new Object[] { "PUBLIC_SERVICES", 0.1 }, new Object[] { "SELL_ONLINE", 0.05 });

	private final Deployment deployment;

	private final boolean enabled;

	private final Teams teams;

	private final Assignments assignments;

	private final Visits visits;

	private final SkillCatalogue catalogue;

	private final BorderPosts posts;

	private final Officers officers;

	private final Households households;

	private final Residents residents;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	DemoFieldwork(Deployment deployment, @Value("${causo.demo.enabled:true}") boolean enabled, Teams teams,
			Assignments assignments, Visits visits, SkillCatalogue catalogue, BorderPosts posts, Officers officers,
			Households households, Residents residents, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
		this.deployment = deployment;
		this.enabled = enabled;
		this.teams = teams;
		this.assignments = assignments;
		this.visits = visits;
		this.catalogue = catalogue;
		this.posts = posts;
		this.officers = officers;
		this.households = households;
		this.residents = residents;
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.deployment.embedded() || !this.enabled) {
			return;
		}
		for (String[] post : new String[][] { { "Ka Lăng", "Đoàn thanh niên xã", "Giáo viên điểm trường" },
				{ "Huổi Luông", "Đoàn thanh niên xã", "Hội phụ nữ bản" } }) {
			this.posts.list(Scope.all())
				.stream()
				.filter((p) -> p.name().equals(post[0]) && p.demo())
				.findFirst()
				.ifPresent((p) -> this.tx.executeWithoutResult((s) -> seed(p, post[1], post[2])));
		}
	}

	private void seed(BorderPost post, String youth, String teacher) {
		Long teamId = this.jdbc.sql("select min(id) from support_team where demo and post_id = :p")
			.param("p", post.id())
			.query(Long.class)
			.optional()
			.orElse(null);
		Scope all = Scope.all();
		if (teamId == null) {
			List<Long> members = this.officers.activeOfficersAt(post.id(), List.of(Role.SUPPORT_MEMBER));
			if (members.isEmpty()) {
				return;
			}
			teamId = this.teams.create(all, new TeamDraft(post.id(), "Tổ hỗ trợ số " + post.name()), true).id();
			this.teams.addOfficer(all, teamId, members.get(0));
			this.teams.addVolunteer(all, teamId, new VolunteerDraft("Lò Thị Thanh", youth), true);
			this.teams.addVolunteer(all, teamId, new VolunteerDraft("Nguyễn Văn Hùng", teacher), true);
		}
		boolean assigned = this.jdbc.sql("select exists (select 1 from assignment where post_id = :p)")
			.param("p", post.id())
			.query(Boolean.class)
			.single();
		if (!assigned) {
			assignAndVisit(this.teams.get(all, teamId), post);
		}
	}

	private void assignAndVisit(TeamView team, BorderPost post) {
		Scope all = Scope.all();
		List<HouseholdView> homes = new ArrayList<>();
		for (OrgUnit commune : post.communes()) {
			homes.addAll(this.households.ofCommune(all, commune.id()));
		}
		Random random = new Random(post.id());
		LocalDate today = LocalDate.now(this.clock);
		List<SkillView> skills = this.catalogue.list(false);
		for (int i = 0; i < Math.min(12, homes.size()); i++) {
			HouseholdView home = homes.get(i);
			MemberView member = team.members().get(i % team.members().size());
			this.assignments.assign(all,
					new AssignmentDraft(UUID.randomUUID(), home.id(), member.id(), today.minusDays(90)));
			if (random.nextDouble() < 0.7) {
				List<VisitDraft.Reached> reached = new ArrayList<>();
				for (ResidentView r : this.residents.members(all, home.id())) {
					for (Object[] share : SHARES) {
						skills.stream()
							.filter((s) -> s.code().equals(share[0]) && random.nextDouble() < (double) share[1])
							.findFirst()
							.ifPresent((s) -> reached.add(new VisitDraft.Reached(UUID.randomUUID(), r.id(), s.id(),
									Method.values()[random.nextInt(2)])));
					}
				}
				this.visits.record(all,
						new VisitDraft(UUID.randomUUID(), home.id(), today.minusDays(1 + random.nextInt(60)),
								List.of(member.id()),
								reached.stream().map(VisitDraft.Reached::skillId).distinct().toList(), reached, null,
								"Thăm hộ, hướng dẫn dùng điện thoại"),
						true);
			}
		}
	}

}
