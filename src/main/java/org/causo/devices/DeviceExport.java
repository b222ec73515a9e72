package org.causo.devices;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.causo.devices.exports.DeviceLists;
import org.causo.devices.posts.PostIds;
import org.causo.devices.stock.DeviceStore;
import org.causo.shared.Scope;
import org.causo.shared.db.SqlFilter;
import org.causo.shared.export.Download;
import org.causo.shared.export.ExportLabels;
import org.causo.shared.export.ListExports;
import org.causo.shared.web.Allowed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The stock's lists as CSV or XLSX, as their pages show them: the phones (with the page's
 * filters, or of one donation), the donations of the posts in scope, read through a
 * cursor; the donors, with their contacts, only for those who manage donations. Each
 * export is audited.
 */
@Service
@PreAuthorize(Allowed.FIELD)
public class DeviceExport {

	private final JdbcClient jdbc;

	private final Donations donations;

	private final Donors donors;

	private final PostIds posts;

	private final DeviceLists lists;

	DeviceExport(JdbcClient jdbc, Donations donations, Donors donors, PostIds posts, DeviceLists lists) {
		this.jdbc = jdbc;
		this.donations = donations;
		this.donors = donors;
		this.posts = posts;
		this.lists = lists;
	}

	/**
	 * The phones of the scope, newest first, with the list's filters or of one donation.
	 */
	public long devices(Scope scope, DeviceStatus status, Long donationId, String text, Download download,
			Locale locale) {
		if (donationId != null) {
			this.donations.find(scope, donationId);
		}
		SqlFilter where = DeviceStore.filter(this.posts.visible(scope), status, donationId, text);
		Map<Long, String> postNames = postNames(scope);
		ExportLabels l = this.lists.labels(locale);
		var query = where.query(this.jdbc, """
				select identifier_kind, identifier, model, condition, status, status_note, post_id,
				       (select dn.name from device_donation d join device_donor dn on dn.id = d.donor_id
				        where d.id = device.donation_id) as donor,
				       (select d.donated_on from device_donation d where d.id = device.donation_id) as donated_on
				from device""", "order by id desc");
		return this.lists.write("devices", donationId, "status=" + status + ", q=" + text, download, locale,
				"devices.list",
				List.of("device.identifierKind", "device.identifier", "device.model", "device.condition",
						"device.status", "devices.note", "devices.post", "donation.donor", "donation.donatedOn"),
				ListExports.query(query,
						(rs) -> new Object[] { l.of("device.identifierKind.", rs.getString(1)), rs.getString(2),
								rs.getString(3), l.of("device.condition.", rs.getString(4)),
								l.of("device.status.", rs.getString(5)), rs.getString(6), postNames.get(rs.getLong(7)),
								rs.getString(8), rs.getObject(9, java.time.LocalDate.class) }));
	}

	/** The donations of the posts in scope, newest first. */
	public long donations(Scope scope, Download download, Locale locale) {
		Map<Long, String> postNames = postNames(scope);
		var query = this.jdbc.sql("""
				select d.donated_on, dn.name, d.post_id, d.device_count,
				       (select count(*) from device v where v.donation_id = d.id), d.model, d.value_vnd, d.note
				from device_donation d join device_donor dn on dn.id = d.donor_id
				where d.post_id = any(:posts) order by d.donated_on desc, d.id desc
				""").param("posts", this.posts.visible(scope));
		return this.lists.write("donations", null, "", download, locale, "donations.title",
				List.of("donation.donatedOn", "donation.donor", "devices.post", "donation.deviceCount",
						"devices.export.registered", "device.model", "donation.valueVnd", "devices.note"),
				ListExports.query(query,
						(rs) -> new Object[] { rs.getObject(1, java.time.LocalDate.class), rs.getString(2),
								postNames.get(rs.getLong(3)), rs.getInt(4), rs.getInt(5), rs.getString(6),
								rs.getLong(7), rs.getString(8) }));
	}

	/** The province's donors with their contacts: for those who manage donations. */
	@PreAuthorize(Allowed.OFFICERS)
	public long donors(Download download, Locale locale) {
		List<DonorView> list = this.donors.list();
		ExportLabels l = this.lists.labels(locale);
		return this.lists.write("donors", null, "", download, locale, "devices.export.donors",
				List.of("donor.name", "donor.kind", "devices.export.contact"),
				ListExports.of(list, (d) -> new Object[] { d.name(), l.of("donor.kind.", d.kind()), d.contact() }));
	}

	private Map<Long, String> postNames(Scope scope) {
		Map<Long, String> names = new HashMap<>();
		this.posts.list(scope).forEach((p) -> names.put(p.id(), p.name()));
		return names;
	}

}
