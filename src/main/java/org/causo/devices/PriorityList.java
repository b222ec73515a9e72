package org.causo.devices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.registry.Network;
import org.causo.registry.SurveyView;
import org.causo.registry.Surveys;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households of a commune whose latest survey counts no smartphone and which hold no
 * donated phone now: poor and policy households first, then those with a signal at home,
 * then by hamlet and code. Households never surveyed (and holding no donated phone) are a
 * separate group, "to survey first", poor and policy first: nothing says whether they
 * lack a phone, but they must not drop out of sight (users' review, journey 5).
 */
@Service
@Transactional(readOnly = true)
public class PriorityList {

	private static final Comparator<PriorityHousehold> ORDER = Comparator
		.comparing((PriorityHousehold p) -> !p.poorOrPolicy())
		.thenComparing((p) -> !p.signal())
		.thenComparing((p) -> p.household().hamletName())
		.thenComparing((p) -> p.household().code());

	private static final Comparator<PriorityHousehold> SURVEY_ORDER = Comparator
		.comparing((PriorityHousehold p) -> !p.poorOrPolicy())
		.thenComparing((p) -> !p.household().nearPoor())
		.thenComparing((p) -> p.household().hamletName())
		.thenComparing((p) -> p.household().code());

	private final Households households;

	private final Surveys surveys;

	private final OrgUnits units;

	private final JdbcClient jdbc;

	PriorityList(Households households, Surveys surveys, OrgUnits units, JdbcClient jdbc) {
		this.households = households;
		this.surveys = surveys;
		this.units = units;
		this.jdbc = jdbc;
	}

	public PageOf<PriorityHousehold> of(Scope scope, long communeId, PageOf.Request page) {
		return paged(all(scope, communeId), page);
	}

	/** The households never surveyed that hold no donated phone: to survey first. */
	public PageOf<PriorityHousehold> toSurvey(Scope scope, long communeId, PageOf.Request page) {
		return paged(notSurveyed(scope, communeId), page);
	}

	private static PageOf<PriorityHousehold> paged(List<PriorityHousehold> all, PageOf.Request page) {
		int from = (int) Math.min(page.offset(), all.size());
		int to = Math.min(from + page.size(), all.size());
		return new PageOf<>(all.subList(from, to), page.page(), page.size(), all.size());
	}

	List<PriorityHousehold> all(Scope scope, long communeId) {
		return groups(scope, communeId, false);
	}

	List<PriorityHousehold> notSurveyed(Scope scope, long communeId) {
		return groups(scope, communeId, true);
	}

	private List<PriorityHousehold> groups(Scope scope, long communeId, boolean notSurveyed) {
		OrgUnit commune = this.units.get(scope, communeId);
		if (commune.kind() != UnitKind.COMMUNE) {
			throw new NotFoundException("commune");
		}
		Set<Long> holding = Set.copyOf(this.jdbc.sql("""
				select h.household_id from device_handover h join device v on v.id = h.device_id
				where h.commune_id = :commune and v.status = 'HANDED_OVER'
				  and h.handed_on = (select max(o.handed_on) from device_handover o where o.device_id = v.id)
				""").param("commune", communeId).query(Long.class).list());
		List<PriorityHousehold> list = new ArrayList<>();
		Map<Long, SurveyView> surveyed = this.surveys.latestOfCommune(scope, communeId);
		for (HouseholdView h : this.households.ofCommune(scope, communeId)) {
			Optional<SurveyView> latest = Optional.ofNullable(surveyed.get(h.id()));
			if (holding.contains(h.id()) || latest.isEmpty() != notSurveyed) {
				continue;
			}
			if (notSurveyed) {
				list.add(PriorityHousehold.notSurveyed(h));
				continue;
			}
			if (latest.get().answers().smartphones() > 0) {
				continue;
			}
			boolean signal = latest.get()
				.answers()
				.signal()
				.values()
				.stream()
				.anyMatch((s) -> s.network() != Network.NONE);
			list.add(PriorityHousehold.surveyed(h, signal, latest.get().answers().observedOn()));
		}
		list.sort(notSurveyed ? SURVEY_ORDER : ORDER);
		return list;
	}

}
