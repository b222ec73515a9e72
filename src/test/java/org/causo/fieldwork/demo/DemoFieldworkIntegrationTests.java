package org.causo.fieldwork.demo;

import java.util.List;
import java.util.Map;

import org.causo.fieldwork.FieldworkTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's field work, classes and phones at the test's scale (400 households): the
 * same proportions as the seeds' 25,000, consistent with what the facades would have
 * written, and loaded once.
 */
class DemoFieldworkIntegrationTests extends FieldworkTest {

	@Autowired
	DemoFieldwork demoFieldwork;

	@Test
	void teamsMembersAndTheirThreeToFiveHouseholdsAreThereWithTheMemberAccountsOfThePosts() {
		for (String post : List.of("Ka Lăng", "Huổi Luông")) {
			long id = postIdByName(post);
			assertThat(count("select count(*) from support_team where demo and post_id = :p", id)).as(post)
				.isPositive();
			assertThat(count("""
					select count(*) from team_member m join support_team t on t.id = m.team_id
					where t.post_id = :p and m.officer_id is null and m.volunteer_name is not null
					""", id)).as(post).isPositive();
		}
		for (String member : List.of("kalang.member", "huoiluong.member")) {
			long current = count("""
					select count(*) from assignment a join team_member m on m.id = a.member_id
					where m.officer_id = :p and a.to_date is null and a.recorded_by = 'demo'
					""", officerIdByUsername(member));
			assertThat(current).as(member).isBetween(3L, 5L);
		}
		// no member looks after more than five households at a time, nor a household
		// twice
		assertThat(count("""
				select count(*) from (select member_id from assignment where to_date is null and recorded_by = 'demo'
				                      group by member_id having count(*) > 5) x
				""", 0)).isZero();
		assertThat(count("""
				select count(*) from (select household_id from assignment where to_date is null
				                      group by household_id having count(*) > 1) x
				""", 0)).isZero();
	}

	@Test
	void visitsSkillsAndClassMarksAreEventsFoldedIntoTheStateAndTheRollUp() {
		long visits = count("select count(*) from visit where demo", 0);
		assertThat(visits).isPositive();
		// every demo fact is an event of the ledger, so the field app's sync sees it
		assertThat(count("""
				select count(*) from visit v left join field_event e on e.id = v.id where v.demo and e.id is null
				""", 0)).isZero();
		assertThat(count("""
				select count(*) from skill_event s left join field_event e on e.id = s.id where s.demo and e.id is null
				""", 0)).isZero();
		assertThat(count("""
				select count(*) from skill_event s left join visit v on v.id = s.visit_id
				where s.demo and s.method <> 'CLASS' and v.id is null
				""", 0)).isZero();
		assertThat(count("select count(*) from skill_event where demo and method = 'CLASS'", 0)).isPositive();
		// the state is the first reach of each resident and skill
		assertThat(count("""
				select count(*) from (select resident_id, skill_id, min(occurred_on) as first from skill_event
				                      where demo group by 1, 2) e
				left join resident_skill s on s.resident_id = e.resident_id and s.skill_id = e.skill_id
				where s.reached_on is distinct from e.first
				""", 0)).isZero();
		List<Map<String, Object>> differences = this.jdbc.sql("""
				select u.hamlet_id from skill_hamlet_rollup u
				full join (select hamlet_id, skill_id, count(*) as n from resident_skill where counted group by 1, 2) c
				  on c.hamlet_id = u.hamlet_id and c.skill_id = u.skill_id
				where coalesce(u.reached, 0) <> coalesce(c.n, 0)
				""").query().listOfRows();
		assertThat(differences).isEmpty();
	}

	@Test
	void phonesGoToHouseholdsWithoutASmartphoneAndClassesHaveAttendance() {
		long handovers = count("select count(*) from device_handover where recorded_by = 'demo'", 0);
		assertThat(handovers).isPositive();
		assertThat(count("select count(*) from device where demo and status = 'HANDED_OVER'", 0)).isEqualTo(handovers);
		assertThat(count("""
				select count(*) from device_handover d
				where d.recorded_by = 'demo' and not exists (
				    select 1 from household_survey s where s.household_id = d.household_id and s.smartphones = 0)
				""", 0)).isZero();
		assertThat(count("""
				select count(*) from device_donation d join device_donor o on o.id = d.donor_id
				where o.demo and d.device_count <> (select count(*) from device v where v.donation_id = d.id)
				""", 0)).isZero();
		assertThat(count("select count(*) from training_class where demo and starts_at < now()", 0)).isPositive();
		assertThat(count("select count(*) from training_attendance where recorded_by = 'demo'", 0)).isPositive();
	}

	@Test
	void itLoadsOnce() {
		// the demo runner skips a loaded part (DemoLoadersTests); this one says it is
		// loaded once its teams are there
		assertThat(count("select count(*) from support_team where demo", 0)).isPositive();
		assertThat(this.demoFieldwork.loaded()).isTrue();
	}

}
