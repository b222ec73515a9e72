package org.causo.devices;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.causo.devices.exports.DeviceLists;
import org.causo.devices.handovers.HandoverStore;
import org.causo.devices.posts.PostIds;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.db.SqlFilter;
import org.causo.shared.export.Download;
import org.causo.shared.export.ExportLabels;
import org.causo.shared.export.ListExports;
import org.causo.shared.web.Allowed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phones handed over that the "in use" figure does not count, to visit again: the
 * household still holds the phone (its latest handover, still handed over) and its last
 * follow-up found it unused, or it has had none. Unused first, then the oldest handovers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Allowed.FIELD)
public class IdlePhones {

	private static final String FROM = """
			from device_handover h join device v on v.id = h.device_id
			left join lateral (select f.visited_on, f.used from device_followup f where f.handover_id = h.id
			                   order by f.visited_on desc, f.recorded_at desc limit 1) last on true""";

	/** Still held: the phone's latest handover, and the phone still handed over. */
	private static final String HELD = """
			v.status = 'HANDED_OVER'
			and h.handed_on = (select max(o.handed_on) from device_handover o where o.device_id = v.id)
			""";

	private final JdbcClient jdbc;

	private final PostIds posts;

	private final OrgUnits units;

	private final Households households;

	private final DeviceLists lists;

	IdlePhones(JdbcClient jdbc, PostIds posts, OrgUnits units, Households households, DeviceLists lists) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.units = units;
		this.households = households;
		this.lists = lists;
	}

	/** The idle phones of the scope, or of one commune of it. */
	public PageOf<IdlePhone> of(Scope scope, Long communeId, PageOf.Request page) {
		check(scope, communeId);
		long total = filter(scope, communeId).query(this.jdbc, "select count(*) " + FROM, null)
			.query(Long.class)
			.single();
		return new PageOf<>(rows(scope, communeId, page.size(), page.offset()), page.page(), page.size(), total);
	}

	/**
	 * Writes the list and audits the export, outside a transaction as the module's other
	 * exports (the audit writes its own).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public long export(Scope scope, Long communeId, Download download, Locale locale) {
		check(scope, communeId);
		List<IdlePhone> all = rows(scope, communeId, Integer.MAX_VALUE, 0);
		ExportLabels l = this.lists.labels(locale);
		return this.lists.write("idle_phones", communeId, "", download, locale, "idle.title",
				List.of("household.code", "household.head", "household.hamlet", "devices.commune", "idle.model",
						"idle.identifier", "idle.handedOn", "idle.lastFollowUp", "idle.state"),
				ListExports.of(all,
						(p) -> new Object[] { p.householdCode(), p.headName(), p.hamletName(), p.communeName(),
								p.deviceModel(), p.deviceIdentifier(), p.handedOn(), p.lastFollowUp(),
								l.of("idle.state.", p.state()) }));
	}

	private SqlFilter filter(Scope scope, Long communeId) {
		return HandoverStore.visible(scope, this.posts.visible(scope))
			.and(HELD)
			.and("coalesce(last.used, false) = false")
			.andIf(communeId, "h.commune_id = :commune", "commune");
	}

	private void check(Scope scope, Long communeId) {
		if (communeId != null) {
			OrgUnit commune = this.units.get(scope, communeId);
			if (commune.kind() != UnitKind.COMMUNE) {
				throw new NotFoundException("commune");
			}
		}
	}

	private List<IdlePhone> rows(Scope scope, Long communeId, int limit, long offset) {
		return filter(scope, communeId)
			.query(this.jdbc,
					"select h.id, v.model, v.identifier, h.household_id, h.handed_on, last.visited_on, " + "last.used "
							+ FROM,
					"order by last.used nulls last, h.handed_on, h.id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, i) -> {
				long household = rs.getLong("household_id");
				HouseholdView h = this.households.get(Scope.all(), household);
				return new IdlePhone(rs.getObject("id", UUID.class), rs.getString("model"), rs.getString("identifier"),
						household, h.code(), h.headName(), h.hamletName(), h.communeName(),
						rs.getObject("handed_on", LocalDate.class), rs.getObject("visited_on", LocalDate.class),
						(rs.getObject("used") != null) ? "NOT_USED" : "NO_FOLLOW_UP");
			})
			.list();
	}

}
