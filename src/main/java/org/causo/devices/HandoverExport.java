package org.causo.devices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.causo.devices.exports.DeviceLists;
import org.causo.devices.handovers.HandoverStore;
import org.causo.devices.posts.PostIds;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.Criterion;
import org.causo.registry.HouseholdQuery;
import org.causo.registry.Households;
import org.causo.registry.ResidentQuery;
import org.causo.registry.Residents;
import org.causo.shared.Scope;
import org.causo.shared.export.Download;
import org.causo.shared.export.ExportLabels;
import org.causo.shared.export.ListExports;
import org.causo.shared.web.Allowed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Handovers (of the scope, or of one phone) read through a cursor, with the households'
 * codes and the residents' names looked up 200 at a time in the registry; a commune's
 * priority list; a handover's follow-up visits. As CSV or XLSX, each export audited.
 */
@Service
@PreAuthorize(Allowed.FIELD)
public class HandoverExport {

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final Devices devices;

	private final FollowUps followUps;

	private final PriorityList priority;

	private final PostIds posts;

	private final Households households;

	private final Residents residents;

	private final OrgUnits units;

	private final DeviceLists lists;

	HandoverExport(JdbcClient jdbc, Devices devices, FollowUps followUps, PriorityList priority, PostIds posts,
			Households households, Residents residents, OrgUnits units, DeviceLists lists) {
		this.jdbc = jdbc;
		this.devices = devices;
		this.followUps = followUps;
		this.priority = priority;
		this.posts = posts;
		this.households = households;
		this.residents = residents;
		this.units = units;
		this.lists = lists;
	}

	/** Handovers inside the scope, newest first; of one phone when given. */
	public long handovers(Scope scope, Long deviceId, Download download, Locale locale) {
		if (deviceId != null) {
			this.devices.get(scope, deviceId);
		}
		ExportLabels l = this.lists.labels(locale);
		Map<Long, OrgUnit> hamlets = new HashMap<>();
		var query = HandoverStore.visible(scope, this.posts.visible(scope))
			.andIf(deviceId, "h.device_id = :device", "device")
			.query(this.jdbc, """
					select h.handed_on, v.model, v.identifier, h.household_id, h.resident_id, h.hamlet_id, h.note,
					       h.recorded_by, exists (select 1 from device_receipt r where r.handover_id = h.id)
					from device_handover h join device v on v.id = h.device_id""",
					"order by h.handed_on desc, h.recorded_at desc");
		return this.lists.write("handovers", deviceId, "", download, locale, "handovers.title",
				List.of("handover.handedOn", "device.model", "device.identifier", "household.code", "household.hamlet",
						"devices.commune", "handover.resident", "handover.recordedBy", "devices.note",
						"handover.receipt"),
				(sink) -> {
					List<Object[]> batch = new ArrayList<>();
					ListExports
						.query(query,
								(rs) -> new Object[] { rs.getObject(1, LocalDate.class), rs.getString(2),
										rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getString(7),
										rs.getString(8), l.yesNo(rs.getBoolean(9)) })
						.feed((row) -> {
							batch.add(row);
							if (batch.size() == BATCH) {
								named(scope, batch, hamlets, sink);
							}
						});
					named(scope, batch, hamlets, sink);
				});
	}

	/** A commune's households without a smartphone, first in line first. */
	public long priority(Scope scope, Long communeId, Download download, Locale locale) {
		Long chosen = (communeId != null) ? communeId
				: this.units.list(scope, UnitKind.COMMUNE).stream().findFirst().map(OrgUnit::id).orElse(null);
		List<PriorityHousehold> list = new java.util.ArrayList<>();
		if (chosen != null) {
			list.addAll(this.priority.all(scope, chosen));
			list.addAll(this.priority.notSurveyed(scope, chosen));
		}
		ExportLabels l = this.lists.labels(locale);
		return this.lists.write("priority", chosen, "", download, locale, "priority.title",
				List.of("priority.group", "household.code", "household.head", "household.hamlet", "priority.reasons",
						"priority.poor", "priority.nearPoor", "priority.policy", "devices.export.signal",
						"devices.export.surveyedOn"),
				ListExports.of(list,
						(p) -> new Object[] { l.of("priority.group.", (p.surveyedOn() != null) ? "LIST" : "SURVEY"),
								p.household().code(), p.household().headName(), p.household().hamletName(),
								String.join(", ",
										p.reasons().stream().map((r) -> l.of("priority.reason.", r)).toList()),
								l.yesNo(p.household().poor()), l.yesNo(p.household().nearPoor()),
								l.yesNo(p.household().policy()), (p.surveyedOn() != null) ? l.yesNo(p.signal()) : null,
								p.surveyedOn() }));
	}

	/** The follow-up visits of a handover, newest first. */
	public long followUps(Scope scope, UUID handoverId, Download download, Locale locale) {
		List<FollowUpView> list = this.followUps.of(scope, handoverId);
		ExportLabels l = this.lists.labels(locale);
		return this.lists.write("follow_ups", handoverId, "", download, locale, "followup.title",
				List.of("followup.visitedOn", "devices.export.used", "devices.note", "handover.recordedBy"), ListExports
					.of(list, (f) -> new Object[] { f.visitedOn(), l.yesNo(f.used()), f.note(), f.recordedBy() }));
	}

	/** Writes a batch of handovers with household codes, hamlets and residents' names. */
	private void named(Scope scope, List<Object[]> batch, Map<Long, OrgUnit> hamlets, ListExports.Sink sink) {
		if (batch.isEmpty()) {
			return;
		}
		Long[] householdIds = batch.stream().map((r) -> (Long) r[3]).distinct().toArray(Long[]::new);
		Long[] residentIds = batch.stream().map((r) -> (Long) r[4]).distinct().toArray(Long[]::new);
		Map<Long, String> codes = new HashMap<>();
		this.households
			.search(scope, new HouseholdQuery(null, null, null, null, null, null, null, true,
					List.of(new Criterion("h.id = any(:exportHouseholds)", Map.of("exportHouseholds", householdIds)))),
					null, BATCH)
			.items()
			.forEach((h) -> codes.put(h.id(), h.code()));
		Map<Long, String> names = new HashMap<>();
		this.residents
			.search(scope, new ResidentQuery(null, null, null, null, null, true,
					List.of(new Criterion("r.id = any(:exportResidents)", Map.of("exportResidents", residentIds)))),
					null, BATCH)
			.items()
			.forEach((r) -> names.put(r.id(), r.fullName()));
		for (Object[] r : batch) {
			OrgUnit hamlet = hamlets.computeIfAbsent((Long) r[5], (id) -> this.units.get(Scope.all(), id));
			sink.row(r[0], r[1], r[2], codes.get((Long) r[3]), hamlet.name(), hamlet.parentName(),
					names.get((Long) r[4]), r[7], r[6], r[8]);
		}
		batch.clear();
	}

}
