package org.causo.fieldwork;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The fieldwork demo: teams at once, assignments and visits once households exist. */
class DemoFieldworkIntegrationTests extends FieldworkTest {

	@Autowired
	DemoFieldwork demoFieldwork;

	@Test
	void demoTeamsHaveThePostsMemberAndVolunteersAndTakeHouseholdsOnceThereAreSome() {
		for (String post : java.util.List.of("Ka Lăng", "Huổi Luông")) {
			assertThat(this.jdbc.sql("""
					select count(*) from team_member m join support_team t on t.id = m.team_id
					where t.demo and t.post_id = :p and m.left_on is null
					""").param("p", postIdByName(post)).query(Long.class).single()).as(post).isEqualTo(3);
		}
		long member = officerIdByUsername("huoiluong.member");
		assertThat(count("select count(*) from team_member where officer_id = :p", member)).isPositive();
		for (int i = 0; i < 4; i++) {
			family("huoiluong.officer", "Bản Ma Ly Pho", "Vàng A Lử " + i, "Vàng Thị Pà " + i);
		}
		long post = postIdByName("Huổi Luông");
		long before = count("select count(*) from assignment where post_id = :p", post);
		this.demoFieldwork.run(null);
		long after = count("select count(*) from assignment where post_id = :p", post);
		if (before == 0) {
			assertThat(after).isBetween(4L, 12L);
		}
		this.demoFieldwork.run(null);
		assertThat(count("select count(*) from assignment where post_id = :p", post)).isEqualTo(after);
		assertThat(count("select count(*) from support_team where demo and post_id = :p", post)).isEqualTo(1);
		java.util.List<java.util.Map<String, Object>> differences = this.jdbc.sql("""
				select u.hamlet_id from skill_hamlet_rollup u
				full join (select hamlet_id, skill_id, count(*) as n from resident_skill where counted group by 1, 2) c
				  on c.hamlet_id = u.hamlet_id and c.skill_id = u.skill_id
				where coalesce(u.reached, 0) <> coalesce(c.n, 0)
				""").query().listOfRows();
		assertThat(differences).isEmpty();
	}

}
