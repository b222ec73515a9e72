package org.causo.registry;

import java.util.List;
import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.registry.RegistryFixtures.createHousehold;
import static org.causo.registry.RegistryFixtures.createResident;
import static org.causo.registry.RegistryFixtures.household;
import static org.causo.registry.RegistryFixtures.resident;

/** A NUL or another control character typed or pasted anywhere is never stored. */
class ControlCharactersIntegrationTests extends IntegrationTest {

	@Test
	void aNulInAHouseholdOrAResidentSentAsJsonIsDroppedNotStored() {
		ApiClient officer = api("kalang.officer");
		Map<String, Object> body = household("KL-" + unique(), unitIdByName("Bản Ka Lăng"));
		body.put("address", "Cạnh\u0000 suối\u001b[31m");
		long h = createHousehold(officer, body);
		assertThat(text("select address from household where id = :id", h)).isEqualTo("Cạnh suối[31m");
		long r = createResident(officer, resident(h, "Lò\u0000 Văn\u0007 Páo", "HEAD"));
		assertThat(text("select full_name from resident where id = :id", r)).isEqualTo("Lò Văn Páo");
	}

	@Test
	void aNulInAHouseholdTypedInAFormIsDroppedNotStored() {
		WebSession web = loggedIn("kalang.officer");
		web.get("/households/new");
		String code = "KL-" + unique();
		WebSession.Page saved = web.post("/households", Map.of("code", code + "\u0000", "hamletId",
				String.valueOf(unitIdByName("Bản Ka Lăng")), "address", "Đầu\u0000 bản\u0085"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		long id = Long.parseLong(saved.location().replaceAll(".*/households/", ""));
		assertThat(text("select address from household where id = :id", id)).isEqualTo("Đầu bản");
		assertThat(text("select code from household where id = :id", id)).isEqualTo(code);
		WebSession.Page member = web.post("/residents", List.of(Map.entry("householdId", String.valueOf(id)),
				Map.entry("fullName", "Lò\u0000 Thị Xuân"), Map.entry("sex", "FEMALE"), Map.entry("relation", "HEAD")));
		assertThat(member.status()).as(member.body()).isEqualTo(302);
		assertThat(web.follow(saved).body()).contains("Lò Thị Xuân");
	}

	private String text(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(String.class).single();
	}

}
