package org.causo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.causo.devices.DeviceCondition;
import org.causo.devices.DeviceDraft;
import org.causo.devices.DeviceView;
import org.causo.devices.Devices;
import org.causo.devices.DonationDraft;
import org.causo.devices.DonationView;
import org.causo.devices.DonorDraft;
import org.causo.devices.DonorKind;
import org.causo.devices.DonorView;
import org.causo.devices.Donors;
import org.causo.devices.HandoverDraft;
import org.causo.devices.Handovers;
import org.causo.devices.IdentifierKind;
import org.causo.devices.Donations;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.shared.Scope;
import org.causo.shared.db.Deployment;
import org.causo.training.AttendanceDraft;
import org.causo.training.Attendances;
import org.causo.training.ClassDraft;
import org.causo.training.ClassView;
import org.causo.training.Organiser;
import org.causo.training.SkillMarks;
import org.causo.training.TrainingClasses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo donors, donations, phones, handovers to poor households and classes with
 * attendance at Ka Lăng and Huổi Luông. Runs after {@link DemoData} and after any
 * registry demo (order 50), once (while no donor exists), on whatever households exist
 * then: with none, only the stock and empty classes are made.
 */
@Component
@Order(50)
class CampaignDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CampaignDemo.class);

	private final Deployment deployment;

	private final boolean enabled;

	private final Services s;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final Random random = new Random(4);

	record Services(Donors donors, Donations donations, Devices devices, Handovers handovers, TrainingClasses classes,
			Attendances attendances, BorderPosts posts, OrgUnits units, Households households, Residents residents) {

	}

	CampaignDemo(Deployment deployment, @Value("${causo.demo.enabled:true}") boolean enabled, Donors donors,
			Donations donations, Devices devices, Handovers handovers, TrainingClasses classes, Attendances attendances,
			BorderPosts posts, OrgUnits units, Households households, Residents residents, TransactionTemplate tx,
			Clock clock) {
		this.deployment = deployment;
		this.enabled = enabled;
		this.s = new Services(donors, donations, devices, handovers, classes, attendances, posts, units, households,
				residents);
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.deployment.embedded() || !this.enabled || this.s.donors().count() > 0
				|| this.s.posts().list(Scope.all()).isEmpty()) {
			return;
		}
		try {
			this.tx.executeWithoutResult((status) -> load());
		}
		catch (RuntimeException ex) {
			log.warn("Campaign demo data not loaded: {}", ex.toString());
		}
	}

	private void load() {
		List<DonorView> donors = List.of(
				this.s.donors().create(new DonorDraft("Viettel Lai Châu", DonorKind.ORGANISATION, null), true),
				this.s.donors().create(new DonorDraft("VNPT Lai Châu", DonorKind.ORGANISATION, null), true),
				this.s.donors().create(new DonorDraft("Tỉnh đoàn Lai Châu", DonorKind.UNIT, null), true),
				this.s.donors().create(new DonorDraft("Công ty TNHH Chè Tả Ngảo", DonorKind.ORGANISATION, null), true));
		for (BorderPost post : this.s.posts().list(Scope.all())) {
			if (post.name().equals("Ka Lăng") || post.name().equals("Huổi Luông")) {
				loadPost(post, donors);
			}
		}
	}

	private void loadPost(BorderPost post, List<DonorView> donors) {
		Scope all = Scope.all();
		LocalDate today = LocalDate.now(this.clock);
		int[] counts = { 12, 8, 5, 3 };
		List<DeviceView> stock = new java.util.ArrayList<>();
		for (int d = 0; d < donors.size(); d++) {
			DonationView donation = this.s.donations()
				.create(all, new DonationDraft(post.id(), donors.get(d).id(), today.minusDays(90 - d * 10), counts[d],
						"Viettel Sumo 4G T1", counts[d] * 1_290_000L, null), true);
			for (int i = 0; i < counts[d]; i++) {
				stock.add(this.s.devices()
					.register(all,
							new DeviceDraft(donation.id(), null, IdentifierKind.IMEI, imei(), DeviceCondition.NEW),
							true));
			}
		}
		List<HouseholdView> households = post.communes()
			.stream()
			.flatMap((c) -> this.s.households().ofCommune(all, c.id()).stream())
			.sorted(java.util.Comparator.comparing((HouseholdView h) -> !(h.poor() || h.policy())))
			.toList();
		int handed = 0;
		for (HouseholdView h : households) {
			List<ResidentView> members = this.s.residents().members(all, h.id());
			if (handed >= stock.size() * 2 / 3 || members.isEmpty()) {
				continue;
			}
			this.s.handovers()
				.record(all, new HandoverDraft(UUID.randomUUID(), stock.get(handed).id(), h.id(), members.get(0).id(),
						today.minusDays(30 - handed), null));
			handed++;
		}
		List<OrgUnit> hamlets = this.s.units()
			.list(all, UnitKind.HAMLET)
			.stream()
			.filter((u) -> post.communes().stream().anyMatch((c) -> c.id() == u.parentId()))
			.limit(3)
			.toList();
		String[][] topics = { { "SMARTPHONE", "ZALO" }, { "VNEID_INSTALLED", "VNEID_LEVEL2" },
				{ "QR_PAYMENT", "SCAM_AWARENESS" } };
		for (int i = 0; i < hamlets.size(); i++) {
			OrgUnit hamlet = hamlets.get(i);
			ClassView c = this.s.classes()
				.create(all,
						new ClassDraft("Lớp kỹ năng số – " + hamlet.name(),
								(i == 0) ? Organiser.TELECOM : (i == 1) ? Organiser.POST : Organiser.YOUTH_UNION,
								(i == 0) ? "Viettel Lai Châu" : null, hamlet.id(),
								today.minusDays(20 - i * 5).atTime(8, 0), 40, List.of(topics[i])),
						true);
			int attended = 0;
			for (HouseholdView h : this.s.households().ofHamlet(all, hamlet.id())) {
				for (ResidentView r : this.s.residents().members(all, h.id())) {
					if (attended < 28 && this.random.nextInt(10) < 6) {
						this.s.attendances().enrol(all, c.id(), new AttendanceDraft(UUID.randomUUID(), r.id()));
						attended++;
					}
				}
			}
			if (attended > 0) {
				this.s.attendances().markSkills(all, c.id(), new SkillMarks(List.of(), null));
			}
		}
		if (!hamlets.isEmpty()) {
			this.s.classes()
				.create(all, new ClassDraft("Bán nông sản trên mạng", Organiser.SCHOOL, null, hamlets.get(0).id(),
						today.plusDays(7).atTime(14, 0), 30, List.of("SELL_ONLINE")), true);
		}
	}

	private String imei() {
		StringBuilder digits = new StringBuilder("35");
		for (int i = 0; i < 12; i++) {
			digits.append(this.random.nextInt(10));
		}
		int sum = 0;
		for (int i = 0; i < 14; i++) {
			int d = digits.charAt(13 - i) - '0';
			if (i % 2 == 0) {
				d *= 2;
				d = (d > 9) ? d - 9 : d;
			}
			sum += d;
		}
		return digits.append((10 - sum % 10) % 10).toString();
	}

}
