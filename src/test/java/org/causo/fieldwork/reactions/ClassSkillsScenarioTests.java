package org.causo.fieldwork.reactions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.causo.fieldwork.Skills;
import org.causo.orgunit.OrgUnits;
import org.causo.registry.HouseholdDraft;
import org.causo.registry.Households;
import org.causo.registry.Relation;
import org.causo.registry.ResidentDraft;
import org.causo.registry.Residents;
import org.causo.registry.Sex;
import org.causo.shared.Scope;
import org.causo.support.IntegrationTest;
import org.causo.training.ClassSkillsReached;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fieldwork module alone (with the modules it uses, without mailbox, devices or the
 * demo) turns training's {@link ClassSkillsReached} into skills reached at the class.
 * <p>
 * It runs on the suite's embedded PostgreSQL, not a second one: the database of the
 * context every {@link IntegrationTest} shares (started here if no test has yet), used as
 * an external database, so this context migrates nothing and loads no demo.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ClassSkillsScenarioTests {

	private static final String HAMLET = "Bản Hà Xe";

	@Autowired
	private Skills skills;

	@Autowired
	private Households households;

	@Autowired
	private Residents residents;

	@Autowired
	private OrgUnits units;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void theSuitesDatabase(DynamicPropertyRegistry registry) throws Exception {
		HikariDataSource db = (HikariDataSource) new TestContextManager(Suite.class).getTestContext()
			.getApplicationContext()
			.getBean(DataSource.class);
		registry.add("spring.datasource.url", db::getJdbcUrl);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", db::getPassword);
		// at the JVM's exit the suite's context may stop the database first: this
		// context then gives up on it at once instead of waiting 30 s for a connection
		registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
		registry.add("causo.data-dir", () -> IntegrationTest.DATA_DIR.resolve(Path.of("module-tests")).toString());
		registry.add("causo.public-url", () -> "https://causo.test/");
		registry.add("causo.secrets.master", () -> java.util.Base64.getEncoder().encodeToString(new byte[32]));
	}

	@Test
	void skillsMarkedAtAClassBecomeSkillsReachedAtTheClass(Scenario scenario) {
		long postId = this.jdbc.sql("""
				select c.post_id from border_post_commune c join org_unit h on h.parent_id = c.commune_id
				where h.name = :hamlet order by c.post_id limit 1
				""").param("hamlet", HAMLET).query(Long.class).single();
		Scope scope = this.units.scopeOfPost(postId);
		long resident = newResident(scope);
		LocalDate held = LocalDate.now().minusDays(3);
		long classId = Math.abs(UUID.randomUUID().getMostSignificantBits() >> 1);

		scenario
			.publish(new ClassSkillsReached(classId, postId, List.of(resident),
					List.of("VNEID_INSTALLED", "NO_SUCH_SKILL"), held))
			.andWaitForStateChange(() -> this.skills.of(scope, resident).reached())
			.andVerify((reached) -> assertThat(reached)
				.extracting((state) -> state.skill().code() + " " + state.method() + " " + state.reachedOn())
				.as("the unknown code is skipped")
				.containsExactly("VNEID_INSTALLED CLASS " + held));
	}

	private long newResident(Scope scope) {
		long hamletId = this.jdbc.sql("select id from org_unit where name = :name")
			.param("name", HAMLET)
			.query(Long.class)
			.single();
		String code = "SC-" + UUID.randomUUID().toString().substring(0, 8);
		long household = this.households
			.create(scope, new HouseholdDraft(code, hamletId, null, null, null, null, null, null, false, false, false))
			.id();
		return this.residents
			.create(scope,
					new ResidentDraft(household, "Sùng Thị Mỷ " + code, Sex.FEMALE, 1990, null, null, null,
							Relation.HEAD, null, null))
			.id();
	}

	/**
	 * Any test of the shared context: its configuration is the suite's, so is its
	 * database.
	 */
	static class Suite extends IntegrationTest {

	}

}
