package org.causo.registry.demo;

import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

import org.causo.registry.importing.CopyWriter;
import org.causo.registry.nationalid.NationalIds;
import org.causo.registry.search.Enums;

/**
 * The demo's residents and their first memberships, written by COPY with the ids the
 * households' rows point to.
 */
final class DemoResidentsCopy {

	private DemoResidentsCopy() {
	}

	static void residents(DataSource dataSource, NationalIds nationalIds, List<DemoHousehold> all, long[] householdIds,
			long[] residentIds) {
		HexFormat hex = HexFormat.of();
		var seal = nationalIds.bulk();
		try (CopyWriter copy = new CopyWriter(dataSource, """
				copy resident (id, household_id, unit_path, full_name, name_key, sex, birth_year, ethnicity, languages,
				    reads_vietnamese, relation, phone, national_id_sealed, demo) from stdin
				""")) {
			int n = 0;
			for (int i = 0; i < all.size(); i++) {
				DemoHousehold h = all.get(i);
				for (DemoPerson p : h.people()) {
					String sealed = (p.nationalId() != null) ? "\\x" + hex.formatHex(seal.apply(p.nationalId())) : null;
					copy.row(residentIds[n++], householdIds[i], h.hamlet().unit().path(), p.name(), p.nameKey(),
							p.sex().name(), p.birthYear(), p.ethnicity().name(), p.languages(), Enums.name(p.reads()),
							p.relation().name(), p.phone(), sealed, true);
				}
			}
			copy.end();
		}
	}

	static void memberships(DataSource dataSource, List<DemoHousehold> all, long[] householdIds, long[] residentIds) {
		try (CopyWriter copy = new CopyWriter(dataSource,
				"copy resident_membership (resident_id, household_id, relation, from_date, recorded_by) from stdin")) {
			int n = 0;
			for (int i = 0; i < all.size(); i++) {
				for (DemoPerson p : all.get(i).people()) {
					copy.row(residentIds[n++], householdIds[i], p.relation().name(),
							Math.max(2015, p.birthYear()) + "-01-01", "demo");
				}
			}
			copy.end();
		}
	}

}
