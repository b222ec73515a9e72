package org.causo.registry.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.importing.CopyWriter;
import org.causo.registry.nationalid.NationalIds;
import org.causo.shared.DemoLoader;
import org.causo.shared.Scope;
import org.causo.shared.db.stores.BulkTimings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's households, residents and surveys: {@code causo.demo.households} of them
 * (default 25,000, about 119,000 residents, as in the seed articles) spread over the demo
 * hamlets of the border communes, loaded by COPY; only while the registry is empty, that
 * is on the first start. The same seed gives the same people every time.
 */
@Component
class RegistryDemo implements DemoLoader {

	static final long SEED = 20_251_123L;

	private final int households;

	private final OrgUnits units;

	private final NationalIds nationalIds;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	RegistryDemo(@Value("${causo.demo.households:25000}") int households, OrgUnits units, NationalIds nationalIds,
			DataSource dataSource, JdbcClient jdbc, java.time.Clock clock) {
		this.clock = clock;
		this.households = households;
		this.units = units;
		this.nationalIds = nationalIds;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@Override
	public boolean loaded() {
		// none wanted counts as loaded
		return this.households <= 0
				|| this.jdbc.sql("select exists (select 1 from household)").query(Boolean.class).single();
	}

	@Override
	public String load() {
		Map<Long, String> communes = this.units.list(Scope.all(), UnitKind.COMMUNE)
			.stream()
			.filter((c) -> c.code() != null)
			.collect(Collectors.toMap(OrgUnit::id, OrgUnit::code));
		List<OrgUnit> hamlets = this.units.list(Scope.all(), UnitKind.HAMLET)
			.stream()
			.filter((h) -> h.demo() && !h.archived() && communes.containsKey(h.parentId()))
			.sorted(Comparator.comparing((OrgUnit h) -> communes.get(h.parentId())).thenComparing(OrgUnit::name))
			.toList();
		if (hamlets.isEmpty()) {
			return "no household: no demo hamlet";
		}
		StringBuilder phases = new StringBuilder();
		long t = System.nanoTime();
		DemoHouseholds generator = new DemoHouseholds(SEED);
		List<DemoHousehold> all = new ArrayList<>(this.households);
		for (DemoHamlet hamlet : generator.hamlets(hamlets, communes, this.households)) {
			for (int i = 1; i <= hamlet.count()[0]; i++) {
				all.add(generator.household(hamlet, i));
			}
		}
		int people = all.stream().mapToInt((h) -> h.people().size()).sum();
		t = BulkTimings.phase(phases, "generated", t);
		this.jdbc.sql("lock table household, resident in exclusive mode").update();
		this.jdbc.sql("set constraints household_head_fk deferred").update();
		long[] householdIds = ids("household", all.size());
		long[] residentIds = ids("resident", people);
		t = BulkTimings.phase(phases, "ids", t);
		try (CopyWriter copy = new CopyWriter(this.dataSource, """
				copy household (id, code, code_key, hamlet_id, commune_id, unit_path, address, latitude, longitude,
				    ethnicity, main_language, poor, near_poor, policy, search_key, head_resident_id, demo) from stdin
				""")) {
			int firstResident = 0;
			for (int i = 0; i < all.size(); i++) {
				DemoHousehold h = all.get(i);
				DemoPerson head = h.people().get(0);
				String key = h.code().toLowerCase(java.util.Locale.ROOT);
				copy.row(householdIds[i], h.code(), key, h.hamlet().unit().id(), h.hamlet().unit().parentId(),
						h.hamlet().unit().path(), h.address(), coordinate(h.lat()), coordinate(h.lon()),
						h.ethnicity().name(), h.language().name(), h.poor(), h.nearPoor(), h.policy(),
						key + " " + head.nameKey() + ((head.phone() != null) ? " " + head.phone() : ""),
						residentIds[firstResident], true);
				firstResident += h.people().size();
			}
			copy.end();
		}
		t = BulkTimings.phase(phases, "households", t);
		DemoResidentsCopy.residents(this.dataSource, this.nationalIds, all, householdIds, residentIds);
		t = BulkTimings.phase(phases, "residents", t);
		DemoResidentsCopy.memberships(this.dataSource, all, householdIds, residentIds);
		t = BulkTimings.phase(phases, "memberships", t);
		long surveys = 0;
		java.time.LocalDate firstDay = java.time.LocalDate.now(this.clock).minusDays(DemoSurveys.DAYS);
		try (CopyWriter copy = new CopyWriter(this.dataSource, DemoSurveys.COPY)) {
			int next = 0;
			for (int i = 0; i < all.size(); i++) {
				int size = all.get(i).people().size();
				long[] ids = java.util.Arrays.copyOfRange(residentIds, next, next + size);
				next += size;
				surveys += DemoSurveys.write(copy, generator.random(), all.get(i), householdIds[i], ids, firstDay) ? 1
						: 0;
			}
			copy.end();
		}
		BulkTimings.phase(phases, "surveys", t);
		return "%d households, %d residents, %d surveys (%s)".formatted(all.size(), people, surveys, phases);
	}

	/** Ids for {@code count} rows: the table is locked, so the range is ours alone. */
	private long[] ids(String table, int count) {
		long first = this.jdbc.sql("""
				select setval(pg_get_serial_sequence(:t, 'id'), nextval(pg_get_serial_sequence(:t, 'id')) + :n - 1)
				    - :n + 1
				""").param("t", table).param("n", count).query(Long.class).single();
		long[] ids = new long[count];
		for (int i = 0; i < count; i++) {
			ids[i] = first + i;
		}
		return ids;
	}

	private static String coordinate(Double value) {
		return (value != null)
				? java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP).toPlainString()
				: null;
	}

}
