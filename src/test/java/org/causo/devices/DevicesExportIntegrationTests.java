package org.causo.devices;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.causo.support.ApiClient;
import org.causo.support.Downloads;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.devices.DeviceFixtures.device;
import static org.causo.devices.DeviceFixtures.donation;
import static org.causo.devices.DeviceFixtures.handover;
import static org.causo.devices.DeviceFixtures.household;
import static org.causo.devices.DeviceFixtures.ok;
import static org.causo.devices.DeviceFixtures.resident;
import static org.causo.devices.DeviceFixtures.survey;

/**
 * Downloads of the devices lists: phones, donations, donors, handovers, follow-ups and
 * the priority list; within scope, localized, escaped, audited.
 */
class DevicesExportIntegrationTests extends IntegrationTest {

	private String donorName;

	private long donationId;

	private long handedOver;

	private long inStock;

	private UUID handoverId;

	private String receiver;

	private String receivingCode;

	private String waitingCode;

	private long commune;

	@BeforeEach
	void aDonationHandedOverInPart() {
		ApiClient api = api("kalang.officer");
		LocalDate today = LocalDate.now(this.clock);
		this.donorName = "-Quỹ " + unique();
		long donor = ok(api.post("/api/devices/donors",
				Map.of("name", this.donorName, "kind", "ORGANISATION", "contact", "0912 000 222")), 201)
			.get("id")
			.asLong();
		this.donationId = donation(api, postIdByName("Ka Lăng"), donor, 2, 3_000_000, today.minusDays(10));
		this.handedOver = device(api, this.donationId);
		this.inStock = device(api, this.donationId);
		long hamlet = unitIdByName("Bản Ka Lăng");
		this.commune = this.jdbc.sql("select parent_id from org_unit where id = :h")
			.param("h", hamlet)
			.query(Long.class)
			.single();
		this.receivingCode = "DX-" + unique();
		long receiving = household(api, this.receivingCode, hamlet, true);
		this.receiver = "Lò Thị Nhận " + unique();
		long head = resident(api, receiving, this.receiver, "HEAD");
		this.waitingCode = "DX-" + unique();
		survey(api, household(api, this.waitingCode, hamlet, true), today, 0, true);
		this.handoverId = UUID.randomUUID();
		ok(api.post("/api/devices/handovers", handover(this.handoverId, this.handedOver, receiving, head, today)), 200);
		ok(api.post("/api/devices/handovers/" + this.handoverId + "/follow-ups", Map.of("id",
				UUID.randomUUID().toString(), "visitedOn", today.toString(), "used", true, "note", "+84 gọi lại")),
				200);
	}

	@Test
	void theStockListsDownloadFromTheirPagesLocalizedAndEscaped() {
		WebSession officer = loggedIn("kalang.officer");
		assertThat(officer.get("/devices/donations").body()).contains("/devices/donations/export?format=csv")
			.contains("/devices/donors/export?format=xlsx");
		assertThat(officer.get("/devices/donations/" + this.donationId).body())
			.contains("/devices/export?donation=" + this.donationId + "&amp;format=csv");
		List<CSVRecord> phones = Downloads
			.csv(officer.getBytes("/devices/export?format=csv&donation=" + this.donationId));
		assertThat(phones.get(0).toList()).containsExactly("Loại số nhận dạng", "Số IMEI hoặc sê-ri", "Loại máy",
				"Tình trạng", "Trạng thái", "Ghi chú", "Đồn", "Nhà tài trợ", "Ngày tặng");
		assertThat(phones).hasSize(3);
		assertThat(phones.stream().skip(1).map((r) -> r.get(4))).containsExactlyInAnyOrder("Đã trao", "Trong kho");
		assertThat(phones.get(1).toList()).contains("IMEI", "Viettel Sumo 4G", "Mới", "Ka Lăng", "'" + this.donorName);
		String identifier = identifier(this.inStock);
		List<CSVRecord> filtered = Downloads
			.csv(officer.getBytes("/devices/export?format=csv&status=IN_STOCK&q=" + identifier));
		assertThat(filtered).hasSize(2);
		assertThat(filtered.get(1).get(1)).isEqualTo(identifier);
		assertThat(audit("kalang.officer", "devices", null))
			.isEqualTo("CSV, rows: 1, status=IN_STOCK, q=" + identifier);
		List<CSVRecord> donations = Downloads.csv(officer.getBytes("/devices/donations/export?format=csv"));
		assertThat(donations).anySatisfy(
				(r) -> assertThat(r.toList()).containsExactly(LocalDate.now(this.clock).minusDays(10).toString(),
						"'" + this.donorName, "Ka Lăng", "2", "2", "Viettel Sumo 4G", "3000000", ""));
		List<CSVRecord> donors = Downloads.csv(officer.getBytes("/devices/donors/export?format=csv"));
		assertThat(donors).anySatisfy((r) -> assertThat(r.toList()).containsExactly("'" + this.donorName,
				"Doanh nghiệp, tổ chức", "0912 000 222"));
		// contacts are for those who manage donations
		assertThat(loggedIn("kalang.member").get("/devices/donors/export?format=csv").status()).isEqualTo(403);
	}

	@Test
	void handoversFollowUpsAndThePriorityListComeThroughTheApi() {
		String token = this.demo.get("kalang.commander").apiToken();
		var handovers = Downloads.api(baseUrl(), token, "/api/devices/handovers/export?device=" + this.handedOver,
				Downloads.XLSX, "en");
		assertThat(handovers.statusCode()).isEqualTo(200);
		List<List<String>> rows = Downloads.xlsx(handovers.body());
		assertThat(rows.get(0)).containsExactly("Date", "Model", "IMEI or serial number", "Household code", "Hamlet",
				"Commune", "Received by (signed the receipt)", "Recorded by", "Note", "Receipt");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).subList(2, 8)).containsExactly(identifier(this.handedOver), this.receivingCode,
				"Bản Ka Lăng", "Xã Thu Lũm", this.receiver, "kalang.officer");
		// the day is a date cell a spreadsheet can sort and filter, not text
		assertThat(rows.get(1).get(0)).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(Downloads.xlsxKind(handovers.body(), 1, 0)).isEqualTo("DATE");
		assertThat(Downloads.xlsxKind(handovers.body(), 1, 3)).isEqualTo("STRING");
		List<CSVRecord> visits = Downloads.csv(Downloads
			.api(baseUrl(), token, "/api/devices/handovers/" + this.handoverId + "/follow-ups/export", "text/csv", "vi")
			.body());
		assertThat(visits).hasSize(2);
		assertThat(visits.get(1).toList()).containsExactly(LocalDate.now(this.clock).toString(), "Có", "'+84 gọi lại",
				"kalang.officer");
		assertThat(audit("kalang.commander", "follow_ups", this.handoverId.toString())).isEqualTo("CSV, rows: 1");
		String priority = new String(Downloads
			.api(baseUrl(), token, "/api/devices/priority/export?format=csv&commune=" + this.commune, "*/*", "vi")
			.body(), StandardCharsets.UTF_8);
		assertThat(priority).contains(this.waitingCode).doesNotContain(this.receivingCode);
	}

	@Test
	void anotherPostSeesNoneOfItAndABadFormatIsRefusedInTheUsersLanguage() {
		WebSession other = loggedIn("huoiluong.officer");
		assertThat(text(other.getBytes("/devices/donations/export?format=csv"))).doesNotContain(this.donorName);
		assertThat(text(other.getBytes("/devices/export?format=csv"))).doesNotContain(identifier(this.inStock));
		assertThat(text(other.getBytes("/devices/handovers/export?format=csv"))).doesNotContain(this.receivingCode);
		assertThat(other.get("/devices/export?format=csv&donation=" + this.donationId).status()).isEqualTo(404);
		assertThat(other.get("/devices/handovers/export?format=csv&device=" + this.handedOver).status()).isEqualTo(404);
		assertThat(other.get("/devices/handovers/" + this.handoverId + "/follow-ups/export").status()).isEqualTo(404);
		assertThat(other.get("/devices/priority/export?commune=" + this.commune).status()).isEqualTo(404);
		var bad = Downloads.api(baseUrl(), this.demo.get("kalang.officer").apiToken(),
				"/api/devices/priority/export?format=xls", "application/json", "en");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(text(bad.body())).contains("The file format must be csv or xlsx.");
	}

	private String identifier(long device) {
		return this.jdbc.sql("select identifier from device where id = :id")
			.param("id", device)
			.query(String.class)
			.single();
	}

	private String audit(String actor, String list, String id) {
		return this.jdbc
			.sql("select details from audit_event where actor = :a and action = 'DEVICES_EXPORTED' "
					+ "and target_type = :t and coalesce(target_id, '') = :id order by id desc limit 1")
			.param("a", actor)
			.param("t", list)
			.param("id", (id != null) ? id : "")
			.query(String.class)
			.single();
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
