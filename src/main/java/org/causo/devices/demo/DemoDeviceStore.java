package org.causo.devices.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.causo.devices.DeviceCondition;
import org.causo.devices.DeviceStatus;
import org.causo.devices.DonationView;
import org.causo.devices.FollowUpDraft;
import org.causo.devices.HandoverDraft;
import org.causo.devices.IdentifierKind;
import org.causo.devices.handovers.HandoverStore;
import org.causo.devices.stock.DeviceStore;
import org.causo.devices.stock.Identifiers;
import org.causo.registry.demo.DemoRegistry;
import org.causo.shared.db.SeededUuids;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's phones, handovers and follow-ups, written through the product's stores (a
 * few thousand rows, one statement each): the checks of the facades are left out, since
 * the demo picks only phones in stock and heads of active households.
 */
@Component
class DemoDeviceStore {

	private final JdbcClient jdbc;

	private final DeviceStore devices;

	private final HandoverStore handovers;

	DemoDeviceStore(JdbcClient jdbc, DeviceStore devices, HandoverStore handovers) {
		this.jdbc = jdbc;
		this.devices = devices;
		this.handovers = handovers;
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
		List<Phone> phones = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			DeviceCondition condition = ((i + 1) % 9 == 0) ? DeviceCondition.GOOD : DeviceCondition.NEW;
			phones.add(new Phone(this.devices.insert(donation, model, IdentifierKind.IMEI, imeis[i], condition, true),
					donation.donatedOn()));
		}
		return phones;
	}

	/**
	 * Hands each phone to a household's head, some days after the donation; most
	 * handovers older than a month are followed up, mostly in use. Returns the handovers
	 * and follow-ups made.
	 */
	int[] handOver(long postId, List<Phone> phones, List<DemoRegistry.Home> to, SplittableRandom random,
			LocalDate today) {
		int n = Math.min(phones.size(), to.size());
		int followUps = 0;
		for (int i = 0; i < n; i++) {
			Phone phone = phones.get(i);
			DemoRegistry.Home home = to.get(i);
			long span = Math.max(1, today.toEpochDay() - phone.donatedOn().toEpochDay() - 10);
			LocalDate on = phone.donatedOn().plusDays(7 + random.nextLong(span));
			UUID id = SeededUuids.next(random);
			this.handovers.insertIfNew(new HandoverDraft(id, phone.id(), home.id(), home.headId(), on, null), postId,
					home.hamletId(), home.communeId(), home.unitPath(), null, null, "demo");
			this.devices.setStatus(phone.id(), DeviceStatus.HANDED_OVER, null);
			LocalDate visit = on.plusDays(20 + random.nextInt(40));
			if (!visit.isAfter(today) && random.nextInt(100) < 85) {
				this.handovers.insertFollowUpIfNew(id,
						new FollowUpDraft(SeededUuids.next(random), visit, random.nextInt(100) < 88, null), null,
						"demo");
				followUps++;
			}
		}
		return new int[] { n, followUps };
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
