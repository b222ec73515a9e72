package org.causo.devices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.causo.registry.demo.DemoRegistry;
import org.causo.shared.db.SeededUuids;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Set-based SQL for the demo's phones, handovers and follow-ups. */
@Repository
class DemoDeviceStore {

	private final JdbcClient jdbc;

	DemoDeviceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean loaded() {
		return this.jdbc.sql("select exists (select 1 from device_donor where demo)").query(Boolean.class).single();
	}

	/** Registers the donation's phones with made-up IMEIs; returns them by id. */
	List<Phone> phones(DonationView donation, String model, int count, SplittableRandom random) {
		String[] imeis = new String[count];
		for (int i = 0; i < count; i++) {
			imeis[i] = imei(random);
		}
		this.jdbc.sql("""
				insert into device (donation_id, post_id, model, identifier_kind, identifier, condition, demo)
				select :donation, :post, :model, 'IMEI', i, case when n % 9 = 0 then 'GOOD' else 'NEW' end, true
				from unnest(cast(:imeis as text[])) with ordinality as x(i, n)
				on conflict (identifier) do nothing
				""")
			.param("donation", donation.id())
			.param("post", donation.postId())
			.param("model", model)
			.param("imeis", imeis)
			.update();
		return this.jdbc.sql("select id from device where donation_id = :d order by id")
			.param("d", donation.id())
			.query((rs, i) -> new Phone(rs.getLong(1), donation.donatedOn()))
			.list();
	}

	/**
	 * Hands each phone to a household's head, some days after the donation; most
	 * handovers older than a month are followed up, mostly in use. Returns the handovers
	 * and follow-ups made.
	 */
	int[] handOver(long postId, List<Phone> phones, List<DemoRegistry.Home> to, SplittableRandom random,
			LocalDate today) {
		int n = Math.min(phones.size(), to.size());
		if (n == 0) {
			return new int[2];
		}
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> followUps = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Phone phone = phones.get(i);
			DemoRegistry.Home home = to.get(i);
			long span = Math.max(1, today.toEpochDay() - phone.donatedOn().toEpochDay() - 10);
			LocalDate on = phone.donatedOn().plusDays(7 + random.nextLong(span));
			UUID id = SeededUuids.next(random);
			rows.add(new Object[] { id.toString(), phone.id(), home.id(), home.headId(), home.hamletId(),
					home.communeId(), home.unitPath(), on.toString() });
			LocalDate visit = on.plusDays(20 + random.nextInt(40));
			if (!visit.isAfter(today) && random.nextInt(100) < 85) {
				followUps.add(new Object[] { SeededUuids.next(random).toString(), id.toString(), visit.toString(),
						random.nextInt(100) < 88 });
			}
		}
		this.jdbc.sql("""
				insert into device_handover (id, device_id, post_id, household_id, resident_id, hamlet_id, commune_id,
				                             unit_path, handed_on, recorded_by)
				select id, device, :post, household, resident, hamlet, commune, path, handed_on, 'demo'
				from unnest(cast(:ids as uuid[]), cast(:devices as bigint[]), cast(:households as bigint[]),
				            cast(:residents as bigint[]), cast(:hamlets as bigint[]), cast(:communes as bigint[]),
				            cast(:paths as text[]), cast(:days as date[]))
				     as x(id, device, household, resident, hamlet, commune, path, handed_on)
				""")
			.param("post", postId)
			.param("ids", column(rows, 0, String[]::new))
			.param("devices", column(rows, 1, Long[]::new))
			.param("households", column(rows, 2, Long[]::new))
			.param("residents", column(rows, 3, Long[]::new))
			.param("hamlets", column(rows, 4, Long[]::new))
			.param("communes", column(rows, 5, Long[]::new))
			.param("paths", column(rows, 6, String[]::new))
			.param("days", column(rows, 7, String[]::new))
			.update();
		this.jdbc.sql("""
				update device set status = 'HANDED_OVER', updated_at = now()
				where id = any(:devices)
				""").param("devices", column(rows, 1, Long[]::new)).update();
		if (!followUps.isEmpty()) {
			this.jdbc.sql("""
					insert into device_followup (id, handover_id, visited_on, used, recorded_by)
					select id, handover, visited_on, used, 'demo'
					from unnest(cast(:ids as uuid[]), cast(:handovers as uuid[]), cast(:days as date[]),
					            cast(:used as boolean[])) as x(id, handover, visited_on, used)
					""")
				.param("ids", column(followUps, 0, String[]::new))
				.param("handovers", column(followUps, 1, String[]::new))
				.param("days", column(followUps, 2, String[]::new))
				.param("used", column(followUps, 3, Boolean[]::new))
				.update();
		}
		return new int[] { n, followUps.size() };
	}

	@SuppressWarnings("unchecked")
	private static <T> T[] column(List<Object[]> rows, int i, java.util.function.IntFunction<T[]> array) {
		return rows.stream().map((r) -> (T) r[i]).toArray(array);
	}

	/** A made-up IMEI: 35, twelve digits, the Luhn check digit. */
	private static String imei(SplittableRandom random) {
		StringBuilder digits = new StringBuilder("35");
		for (int i = 0; i < 12; i++) {
			digits.append(random.nextInt(10));
		}
		String body = digits.toString();
		for (int check = 0;; check++) {
			if (Identifiers.luhnValid(body + check)) {
				return body + check;
			}
		}
	}

	/**
	 * A demo phone.
	 *
	 * @param id its id
	 * @param donatedOn the day its donation came
	 */
	record Phone(long id, LocalDate donatedOn) {

	}

}
