package org.causo.devices;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.causo.devices.stock.Identifiers;
import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.devices.DeviceFixtures.device;
import static org.causo.devices.DeviceFixtures.donation;
import static org.causo.devices.DeviceFixtures.donor;
import static org.causo.devices.DeviceFixtures.handover;
import static org.causo.devices.DeviceFixtures.household;
import static org.causo.devices.DeviceFixtures.imei;
import static org.causo.devices.DeviceFixtures.ok;
import static org.causo.devices.DeviceFixtures.resident;

class DevicesIntegrationTests extends IntegrationTest {

	private ApiClient officer;

	private long kaLang;

	private LocalDate today;

	@BeforeEach
	void setUp() {
		this.officer = api("kalang.officer");
		this.kaLang = postIdByName("Ka Lăng");
		this.today = LocalDate.now(this.clock);
	}

	private long freshDonation(int count) {
		return donation(this.officer, this.kaLang, donor(this.officer, "Viettel " + unique()), count,
				1_500_000L * count, this.today.minusDays(30));
	}

	@Test
	void anImeiNeedsFifteenDigitsAndAValidCheckDigitAndASerialItsShape() {
		long donation = freshDonation(5);
		String good = imei();
		String wrongCheck = good.substring(0, 14) + ((good.charAt(14) - '0' + 1) % 10);
		ApiClient.Response bad = this.officer.post("/api/devices/devices",
				Map.of("donationId", donation, "identifierKind", "IMEI", "identifier", wrongCheck, "condition", "NEW"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("detail").asString()).contains("chữ số kiểm tra");
		ApiClient.Response shape = this.officer.inLanguage("en")
			.post("/api/devices/devices", Map.of("donationId", donation, "identifierKind", "IMEI", "identifier",
					"35-209900-176148", "condition", "NEW"));
		assertThat(shape.status()).isEqualTo(400);
		assertThat(shape.json().get("detail").asString()).contains("exactly 15 digits");
		assertThat(this.officer
			.post("/api/devices/devices",
					Map.of("donationId", donation, "identifierKind", "SERIAL", "identifier", "a b", "condition", "NEW"))
			.status()).isEqualTo(400);
		JsonNode grouped = ok(this.officer.post("/api/devices/devices", Map.of("donationId", donation, "identifierKind",
				"IMEI", "identifier", good.substring(0, 6) + " " + good.substring(6), "condition", "GOOD")), 201);
		assertThat(grouped.get("identifier").asString()).isEqualTo(good);
		assertThat(grouped.get("status").asString()).isEqualTo("IN_STOCK");
		String serial = "sn-" + unique();
		assertThat(ok(this.officer.post("/api/devices/devices",
				Map.of("donationId", donation, "identifierKind", "SERIAL", "identifier", serial, "condition", "USED")),
				201)
			.get("identifier")
			.asString()).isEqualTo(serial.toUpperCase(java.util.Locale.ROOT));
		assertThat(Identifiers.luhnValid("490154203237518")).isTrue();
		assertThat(Identifiers.luhnValid("490154203237519")).isFalse();
	}

	@Test
	void anImeiOrSerialIsRegisteredOnceAndADonationHoldsNoMoreThanItsCount() {
		long donation = freshDonation(2);
		String number = imei();
		ok(this.officer.post("/api/devices/devices",
				Map.of("donationId", donation, "identifierKind", "IMEI", "identifier", number, "condition", "NEW")),
				201);
		ApiClient.Response again = this.officer.post("/api/devices/devices", Map.of("donationId", freshDonation(1),
				"identifierKind", "IMEI", "identifier", number, "condition", "NEW"));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.json().get("detail").asString()).contains("đã được đăng ký");
		device(this.officer, donation);
		ApiClient.Response full = this.officer.post("/api/devices/devices",
				Map.of("donationId", donation, "identifierKind", "IMEI", "identifier", imei(), "condition", "NEW"));
		assertThat(full.status()).isEqualTo(400);
		assertThat(full.json().get("detail").asString()).contains("đủ 2 máy");
	}

	@Test
	void badDonationsAndDonorsAreRefusedWithMessages() {
		ApiClient.Response donation = this.officer.post("/api/devices/donations", Map.of("postId", this.kaLang,
				"donatedOn", this.today.plusDays(1).toString(), "deviceCount", 0, "valueVnd", -1));
		assertThat(donation.status()).isEqualTo(400);
		assertThat(donation.json().get("errors")).hasSize(4);
		String name = "Công ty " + unique();
		donor(this.officer, name);
		ApiClient.Response twice = this.officer.post("/api/devices/donors",
				Map.of("name", name.toUpperCase(java.util.Locale.ROOT), "kind", "INDIVIDUAL"));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(this.officer.post("/api/devices/donors", Map.of("name", " ")).json().get("errors")).hasSize(2);
		assertThat(this.officer.post("/api/devices/donations", "not json").status()).isEqualTo(400);
	}

	@Test
	void statusesMoveOnlyAlongTheAllowedTransitions() {
		long donation = freshDonation(3);
		long phone = device(this.officer, donation);
		long household = household(this.officer, "DV-" + unique(), unitIdByName("Bản Ka Lăng"), true);
		long head = resident(this.officer, household, "Lò Thị Ón " + unique(), "HEAD");
		ApiClient.Response returned = this.officer.post("/api/devices/devices/" + phone + "/status",
				Map.of("status", "RETURNED"));
		assertThat(returned.status()).isEqualTo(400);
		assertThat(returned.json().get("detail").asString()).contains("Không thể chuyển");
		assertThat(this.officer.post("/api/devices/devices/" + phone + "/status", Map.of("status", "HANDED_OVER"))
			.status()).isEqualTo(400);
		ok(this.officer.post("/api/devices/handovers", handover(UUID.randomUUID(), phone, household, head, this.today)),
				200);
		assertThat(ok(this.officer.get("/api/devices/devices/" + phone), 200).get("status").asString())
			.isEqualTo("HANDED_OVER");
		assertThat(ok(this.officer.post("/api/devices/devices/" + phone + "/status",
				Map.of("status", "RETURNED", "note", "Hộ chuyển đi")), 200)
			.get("status")
			.asString()).isEqualTo("RETURNED");
		assertThat(ok(this.officer.post("/api/devices/devices/" + phone + "/status", Map.of("status", "IN_STOCK")), 200)
			.get("status")
			.asString()).isEqualTo("IN_STOCK");
		ok(this.officer.post("/api/devices/devices/" + phone + "/status", Map.of("status", "LOST")), 200);
		assertThat(
				this.officer.post("/api/devices/devices/" + phone + "/status", Map.of("status", "IN_STOCK")).status())
			.isEqualTo(400);
		assertThat(ok(this.officer.get("/api/devices/devices/" + phone + "/handovers"), 200)).hasSize(1);
	}

	@Test
	void aPhoneGoesOnlyToAMemberOfTheReceivingHouseholdAndOnlyFromStock() {
		long phone = device(this.officer, freshDonation(2));
		long hamlet = unitIdByName("Bản Pa Thắng");
		long household = household(this.officer, "DV-" + unique(), hamlet, false);
		long other = household(this.officer, "DV-" + unique(), hamlet, false);
		long stranger = resident(this.officer, other, "Vàng Thị Dở " + unique(), "HEAD");
		ApiClient.Response refused = this.officer.post("/api/devices/handovers",
				handover(UUID.randomUUID(), phone, household, stranger, this.today));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("detail").asString()).contains("thành viên đang ở trong hộ");
		long member = resident(this.officer, household, "Vàng A Páo " + unique(), "HEAD");
		ApiClient.Response future = this.officer.post("/api/devices/handovers",
				handover(UUID.randomUUID(), phone, household, member, this.today.plusDays(2)));
		assertThat(future.status()).isEqualTo(400);
		ok(this.officer.post("/api/devices/handovers",
				handover(UUID.randomUUID(), phone, household, member, this.today)), 200);
		ApiClient.Response twice = this.officer.post("/api/devices/handovers",
				handover(UUID.randomUUID(), phone, other, stranger, this.today));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.json().get("detail").asString()).contains("không còn trong kho");
		assertThat(this.officer.post("/api/devices/handovers", Map.of("deviceId", phone)).json().get("errors"))
			.hasSize(4);
	}

	@Test
	void aHandoverOrFollowUpSentAgainChangesNothingAndWithOtherContentIsAConflict() {
		long phone = device(this.officer, freshDonation(1));
		long household = household(this.officer, "DV-" + unique(), unitIdByName("Bản Hà Xe"), true);
		long member = resident(this.officer, household, "Giàng Thị Mỷ " + unique(), "HEAD");
		UUID id = UUID.randomUUID();
		Map<String, Object> body = handover(id, phone, household, member, this.today);
		body.put("note", "Đã hướng dẫn cài VNeID");
		JsonNode first = ok(this.officer.post("/api/devices/handovers", body), 200);
		JsonNode replay = ok(api("kalang.member").post("/api/devices/handovers", body), 200);
		assertThat(replay.get("recordedAt").asString()).isEqualTo(first.get("recordedAt").asString());
		assertThat(replay.get("recordedBy").asString()).isEqualTo("kalang.officer");
		assertThat(this.jdbc.sql("select count(*) from device_handover where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
		body.put("note", "Khác");
		ApiClient.Response conflict = this.officer.inLanguage("en").post("/api/devices/handovers", body);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().get("detail").asString()).contains("already used with other content");
		assertThat(this.officer.post("/api/devices/handovers", body).json().get("detail").asString())
			.contains("đã được dùng");

		UUID visit = UUID.randomUUID();
		Map<String, Object> followUp = Map.of("id", visit.toString(), "visitedOn", this.today.toString(), "used", true);
		ok(this.officer.post("/api/devices/handovers/" + id + "/follow-ups", followUp), 200);
		ok(this.officer.post("/api/devices/handovers/" + id + "/follow-ups", followUp), 200);
		assertThat(this.officer
			.post("/api/devices/handovers/" + id + "/follow-ups",
					Map.of("id", visit.toString(), "visitedOn", this.today.toString(), "used", false))
			.status()).isEqualTo(409);
		assertThat(ok(this.officer.get("/api/devices/handovers/" + id + "/follow-ups"), 200)).hasSize(1);
		assertThat(this.officer
			.post("/api/devices/handovers/" + id + "/follow-ups",
					Map.of("id", UUID.randomUUID().toString(), "visitedOn", this.today.minusDays(1).toString()))
			.json()
			.get("errors")).hasSize(2);
	}

	@Test
	void theReceiptPhotoIsKeptWithoutMetadataSealedAndOpenedOnlyByRolesThatNeedItAudited() {
		long phone = device(this.officer, freshDonation(1));
		long household = household(this.officer, "DV-" + unique(), unitIdByName("Bản Gò Cứ"), true);
		long member = resident(this.officer, household, "Lò Văn Hặc " + unique(), "HEAD");
		UUID id = UUID.randomUUID();
		ok(this.officer.post("/api/devices/handovers", handover(id, phone, household, member, this.today)), 200);
		byte[] photo = TestImages.jpegWithGps();
		assertThat(TestImages.contains(photo, TestImages.PLACE)).isTrue();
		assertThat(
				api("kalang.member").postRaw("/api/devices/handovers/" + id + "/receipt", "image/jpeg", photo).status())
			.isEqualTo(204);
		byte[] sealed = this.jdbc.sql("select sealed from device_receipt where handover_id = :id")
			.param("id", id)
			.query(byte[].class)
			.single();
		assertThat(TestImages.contains(sealed, "JFIF")).isFalse();
		byte[] opened = loggedIn("kalang.officer").getBytes("/devices/handovers/" + id + "/receipt");
		assertThat(opened).isNotEmpty();
		assertThat(TestImages.contains(opened, TestImages.PLACE)).isFalse();
		assertThat(TestImages.contains(opened, "Exif")).isFalse();
		assertThat(this.officer.get("/api/devices/handovers/" + id + "/receipt").status()).isEqualTo(200);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'HANDOVER_RECEIPT_VIEWED' and target_id = :id")
			.param("id", id.toString())
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
		assertThat(api("kalang.member").get("/api/devices/handovers/" + id + "/receipt").status()).isEqualTo(403);
		assertThat(api("analyst").get("/api/devices/handovers/" + id + "/receipt").status()).isEqualTo(403);
		assertThat(api("huoiluong.commander").get("/api/devices/handovers/" + id + "/receipt").status()).isEqualTo(404);
		ApiClient.Response bomb = this.officer.postRaw("/api/devices/handovers/" + id + "/receipt", "image/png",
				TestImages.pngBomb());
		assertThat(bomb.status()).isEqualTo(400);
		assertThat(this.officer
			.postRaw("/api/devices/handovers/" + id + "/receipt", "image/jpeg",
					"GIF89a not a photo".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
			.status()).isEqualTo(400);
	}

}
