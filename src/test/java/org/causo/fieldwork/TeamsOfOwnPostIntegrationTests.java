package org.causo.fieldwork;

import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A support member sees only their own post's teams under "Tổ hỗ trợ", not those of the
 * neighbouring post that shares a commune (users' review, journey 4, UX 5).
 */
class TeamsOfOwnPostIntegrationTests extends FieldworkTest {

	@Test
	void aMemberSeesOnlyTheTeamsOfTheirOwnPost() {
		JsonNode neighbour = team("admin", "Thu Lũm");
		long kalang = postIdByName("Ka Lăng");
		JsonNode mine = json(api("kalang.member").get("/api/fieldwork/teams"), 200);
		assertThat(mine).isNotEmpty();
		mine.forEach((t) -> assertThat(t.get("postId").asLong()).isEqualTo(kalang));
		WebSession.Page page = loggedIn("kalang.member").get("/fieldwork/teams");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain(neighbour.get("name").asString());
	}

}
