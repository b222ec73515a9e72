package org.causo.registry.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.causo.registry.Network;
import org.causo.registry.Obstacle;
import org.causo.registry.Operator;
import org.causo.registry.Signal;
import org.causo.registry.SurveyAnswers;
import org.causo.registry.SurveyView;
import org.causo.registry.search.Enums;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for survey answers: inserted once, never updated. */
@Component
public class SurveyStore {

	private static final String SELECT = "select * from household_survey";

	private static final String OLDEST_FIRST = "observed_on, recorded_at, id desc";

	private final JdbcClient jdbc;

	SurveyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the event unless its id exists; true when it was new. */
	public boolean insertIfNew(UUID id, long householdId, SurveyAnswers a, String by) {
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("id", id);
		p.put("h", householdId);
		p.put("on", a.observedOn());
		p.put("by", by);
		p.put("sp", a.smartphones());
		p.put("fp", a.featurePhones());
		p.put("spo", array(a.smartphoneOwners()));
		p.put("fpo", array(a.featurePhoneOwners()));
		for (Operator op : Operator.values()) {
			Signal s = a.signal().get(op);
			String col = op.name().toLowerCase(java.util.Locale.ROOT);
			p.put(col, (s != null) ? s.network().name() : null);
			p.put(col + "_bars", (s != null) ? s.bars() : null);
		}
		p.put("el", a.electricity());
		p.put("net", a.internet());
		p.put("afford", a.canAffordPhone());
		p.put("obstacle", Enums.name(a.mainObstacle()));
		return this.jdbc.sql("""
				insert into household_survey (id, household_id, observed_on, recorded_by, smartphones, feature_phones,
				    smartphone_owners, feature_phone_owners, viettel, viettel_bars, vnpt, vnpt_bars, mobifone,
				    mobifone_bars, vietnamobile, vietnamobile_bars, electricity, internet, can_afford_phone,
				    main_obstacle)
				values (:id, :h, :on, :by, :sp, :fp, :spo, :fpo, :viettel, :viettel_bars, :vnpt, :vnpt_bars,
				    :mobifone, :mobifone_bars, :vietnamobile, :vietnamobile_bars, :el, :net, :afford, :obstacle)
				on conflict (id) do nothing
				""").params(p).update() == 1;
	}

	public Optional<SurveyView> find(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(SurveyStore::map).optional();
	}

	/** Oldest first, in the order a state is folded: the day observed, then arrival. */
	public List<SurveyView> all(long householdId) {
		return this.jdbc.sql(SELECT + " where household_id = :h order by " + OLDEST_FIRST)
			.param("h", householdId)
			.query(SurveyStore::map)
			.list();
	}

	/**
	 * Every household's state within the commune and the scope, by household: one query,
	 * folded per question.
	 */
	public Map<Long, SurveyView> stateOfCommune(org.causo.shared.Scope scope, long communeId) {
		Map<Long, SurveyView> state = new java.util.HashMap<>();
		this.jdbc.sql("""
				select s.* from household_survey s
				join household h on h.id = s.household_id
				where h.commune_id = :commune and h.unit_path like any(:scope)
				order by s.household_id, s.observed_on, s.recorded_at, s.id desc
				""")
			.param("commune", communeId)
			.param("scope", scope.pathPatterns())
			.query(SurveyStore::map)
			.list()
			.forEach((v) -> state.merge(v.householdId(), v, (older, newer) -> newer.over(older)));
		return state;
	}

	public static SurveyView map(ResultSet rs, int row) throws SQLException {
		Map<Operator, Signal> signal = new EnumMap<>(Operator.class);
		for (Operator op : Operator.values()) {
			String col = op.name().toLowerCase(java.util.Locale.ROOT);
			Network network = Enums.of(Network.class, rs.getString(col));
			if (network != null) {
				int bars = rs.getInt(col + "_bars");
				signal.put(op, new Signal(network, rs.wasNull() ? null : bars));
			}
		}
		SurveyAnswers answers = new SurveyAnswers(rs.getObject("observed_on", LocalDate.class),
				rs.getObject("smartphones", Integer.class), rs.getObject("feature_phones", Integer.class),
				longs(rs.getArray("smartphone_owners")), longs(rs.getArray("feature_phone_owners")), signal,
				bool(rs, "electricity"), bool(rs, "internet"), bool(rs, "can_afford_phone"),
				Enums.of(Obstacle.class, rs.getString("main_obstacle")));
		return new SurveyView(rs.getObject("id", UUID.class), rs.getLong("household_id"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), answers);
	}

	private static Boolean bool(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

	private static List<Long> longs(java.sql.Array array) throws SQLException {
		if (array == null) {
			return null;
		}
		List<Long> values = new ArrayList<>();
		for (Object o : (Object[]) array.getArray()) {
			values.add(((Number) o).longValue());
		}
		return values;
	}

	private static Object array(List<Long> ids) {
		return (ids != null) ? ids.toArray(Long[]::new)
				: new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.ARRAY, null);
	}

}
