package org.causo.registry.exporting;

import java.sql.Array;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.causo.audit.AuditTrail;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.HouseholdQuery;
import org.causo.registry.ResidentQuery;
import org.causo.registry.households.HouseholdStore;
import org.causo.registry.residents.ResidentStore;
import org.causo.registry.search.Where;
import org.causo.shared.Scope;
import org.causo.shared.export.Download;
import org.causo.shared.export.ListExports;
import org.causo.shared.web.Allowed;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The household and resident lists as CSV or XLSX, within the scope and with the list's
 * filters, streamed from a database cursor (a million rows never sit in memory). Names
 * and phones only to the roles that edit the registry; national IDs never, masked or not.
 * Each export is audited with its list, filters and row count, also when the download
 * breaks off.
 */
@Service
public class RegistryExport {

	private final JdbcClient jdbc;

	private final OrgUnits units;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final ListExports exports;

	RegistryExport(JdbcClient jdbc, OrgUnits units, MessageSource messages, AuditTrail audit, ListExports exports) {
		this.jdbc = jdbc;
		this.units = units;
		this.messages = messages;
		this.audit = audit;
		this.exports = exports;
	}

	@PreAuthorize(Allowed.OFFICERS)
	public long households(Scope scope, HouseholdQuery query, Download download, Locale locale) {
		Where where = HouseholdStore.where(scope, query);
		String sql = """
				select h.code, h.hamlet_id, h.address, h.latitude, h.longitude, r.full_name, r.phone, h.ethnicity,
				    h.main_language, h.poor, h.near_poor, h.policy,
				    (select count(*) from resident m where m.household_id = h.id and not m.archived) as members,
				    h.archived
				from household h left join resident r on r.id = h.head_resident_id
				""" + where.sql() + " order by h.code_key, h.id";
		List<String> header = List.of("household.code", "registry.export.commune", "household.hamlet",
				"household.address", "household.latitude", "household.longitude", "household.head", "resident.phone",
				"registry.ethnicity", "household.mainLanguage", "household.poor", "household.nearPoor",
				"household.policy", "household.members", "registry.archived");
		Labels l = new Labels(locale, hamlets(scope));
		return export("household", query.toString(), download, locale, "households.title", header, sql, where.params(),
				(rs) -> new Object[] { rs.getString(1), l.commune(rs.getLong(2)), l.hamlet(rs.getLong(2)),
						rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7),
						l.of("registry.ethnicity.", rs.getString(8)), l.of("registry.language.", rs.getString(9)),
						l.yesNo(rs.getBoolean(10)), l.yesNo(rs.getBoolean(11)), l.yesNo(rs.getBoolean(12)),
						rs.getInt(13), l.yesNo(rs.getBoolean(14)) });
	}

	@PreAuthorize(Allowed.OFFICERS)
	public long residents(Scope scope, ResidentQuery query, Download download, Locale locale) {
		Where where = ResidentStore.where(scope, query);
		String sql = """
				select r.full_name, r.sex, r.birth_year, r.ethnicity, r.languages, r.reads_vietnamese, r.relation,
				    r.phone, h.code, h.hamlet_id, r.archived
				from resident r join household h on h.id = r.household_id
				""" + where.sql() + " order by r.name_key, r.id";
		List<String> header = List.of("resident.fullName", "resident.sex", "resident.birthYear", "registry.ethnicity",
				"resident.languages", "resident.readsVietnamese", "resident.relation", "resident.phone",
				"household.code", "household.hamlet", "registry.export.commune", "registry.archived");
		Labels l = new Labels(locale, hamlets(scope));
		return export("resident", query.toString(), download, locale, "residents.title", header, sql, where.params(),
				(rs) -> {
					int year = rs.getInt(3);
					return new Object[] { rs.getString(1), l.of("registry.sex.", rs.getString(2)),
							rs.wasNull() ? null : year, l.of("registry.ethnicity.", rs.getString(4)),
							l.languages(rs.getArray(5)), l.of("registry.reads.", rs.getString(6)),
							l.of("registry.relation.", rs.getString(7)), rs.getString(8), rs.getString(9),
							l.hamlet(rs.getLong(10)), l.commune(rs.getLong(10)), l.yesNo(rs.getBoolean(11)) };
				});
	}

	private long export(String list, String filters, Download download, Locale locale, String titleKey,
			List<String> headerKeys, String sql, Map<String, Object> params, ListExports.Cells cells) {
		return this.exports.write(download, locale, titleKey, headerKeys,
				ListExports.query(this.jdbc.sql(sql).params(params), cells),
				(done) -> this.audit.record("REGISTRY_EXPORTED", list, null, done + ", " + filters));
	}

	private Map<Long, OrgUnit> hamlets(Scope scope) {
		Map<Long, OrgUnit> map = new HashMap<>();
		this.units.list(scope, UnitKind.HAMLET).forEach((h) -> map.put(h.id(), h));
		return map;
	}

	/** Localized values, looked up once each. */
	private final class Labels {

		private final Locale locale;

		private final Map<Long, OrgUnit> hamlets;

		private final Map<String, String> cache = new HashMap<>();

		Labels(Locale locale, Map<Long, OrgUnit> hamlets) {
			this.locale = locale;
			this.hamlets = hamlets;
		}

		String of(String prefix, String value) {
			return (value == null) ? null : this.cache.computeIfAbsent(prefix + value,
					(k) -> RegistryExport.this.messages.getMessage(k, null, value, this.locale));
		}

		String yesNo(boolean value) {
			return of("common.", value ? "yes" : "no");
		}

		String hamlet(long id) {
			OrgUnit h = this.hamlets.get(id);
			return (h != null) ? h.name() : null;
		}

		String commune(long hamletId) {
			OrgUnit h = this.hamlets.get(hamletId);
			return (h != null) ? h.parentName() : null;
		}

		String languages(Array array) throws SQLException {
			if (array == null) {
				return null;
			}
			StringBuilder sb = new StringBuilder();
			for (String name : (String[]) array.getArray()) {
				sb.append(sb.isEmpty() ? "" : ", ").append(of("registry.language.", name));
			}
			return sb.toString();
		}

	}

}
