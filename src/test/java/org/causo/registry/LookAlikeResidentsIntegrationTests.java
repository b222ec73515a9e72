package org.causo.registry;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.registry.RegistryFixtures.createHousehold;
import static org.causo.registry.RegistryFixtures.createResident;
import static org.causo.registry.RegistryFixtures.household;
import static org.causo.registry.RegistryFixtures.json;
import static org.causo.registry.RegistryFixtures.resident;

/** Residents with the same name are told apart by hamlet, birth year and household. */
class LookAlikeResidentsIntegrationTests extends IntegrationTest {

	@Test
	void twoResidentsWithTheSameNameShowTheirHamletBirthYearAndHousehold() {
		ApiClient officer = api("kalang.officer");
		String name = "Lý Gò Khừ " + unique();
		String first = "LA-" + unique();
		String second = "LB-" + unique();
		createResident(officer,
				resident(createHousehold(officer, household(first, unitIdByName("Bản Ka Lăng"))), name, "HEAD"));
		createResident(officer,
				resident(createHousehold(officer, household(second, unitIdByName("Bản Pa Thắng"))), name, "HEAD"));

		JsonNode found = json(officer.get("/api/residents?q=" + name.replace(' ', '+')), 200).get("items");
		assertThat(found).hasSize(2);
		assertThat(found.findValuesAsString("hamletName")).containsExactlyInAnyOrder("Bản Ka Lăng", "Bản Pa Thắng");
		assertThat(found.findValuesAsString("householdCode")).containsExactlyInAnyOrder(first, second);
		assertThat(found.get(0).get("birthYear").asInt()).isEqualTo(1980);

		String page = loggedIn("kalang.officer").get("/residents?q=" + name.replace(' ', '+')).body();
		assertThat(page).contains("<td>Bản Ka Lăng</td>").contains("<td>Bản Pa Thắng</td>").contains(first);
	}

}
