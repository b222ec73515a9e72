package org.causo.shared.web.api;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query parameters read as one record (the page and size of a list, the registry's
 * filters): read, refused and documented as each {@code @RequestParam} was.
 */
class QueryRecordIntegrationTests extends IntegrationTest {

	@Test
	void pageAndSizeAreReadAsQueryParametersWithTheirDefaults() {
		ApiClient admin = api("admin");
		JsonNode first = admin.get("/api/training/classes").json();
		assertThat(first.get("page").asInt()).isZero();
		assertThat(first.get("size").asInt()).isEqualTo(25);
		JsonNode second = admin.get("/api/units?page=&size=3").json();
		assertThat(second.get("page").asInt()).isZero();
		assertThat(second.get("size").asInt()).isEqualTo(3);
		assertThat(admin.get("/api/posts?page=1&size=2").json().get("page").asInt()).isEqualTo(1);
	}

	@Test
	void aPageThatIsNotANumberIsRefusedInTheCallersLanguage() {
		ApiClient.Response wrong = api("admin").inLanguage("en").get("/api/devices/donations?size=many");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().get("detail").asString()).isEqualTo("The value of the parameter “size” is not valid.");
		assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
	}

	@Test
	void theApiDocumentsPageAndSizeAsOptionalQueryParametersWithTheirDefaults() {
		JsonNode list = api("analyst").get("/v3/api-docs").json().get("paths").get("/api/officers").get("get");
		assertThat(list.get("parameters").toString()).contains(
				"{\"name\":\"page\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"format\":\"int32\",\"default\":0}}",
				"{\"name\":\"size\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\",\"format\":\"int32\",\"default\":25}}");
	}

	@Test
	void aFilterOfTheWrongTypeIsRefusedNamingIt() {
		ApiClient.Response wrong = api("kalang.officer").inLanguage("en").get("/api/households?ethnicity=MARTIAN");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("ethnicity");
		assertThat(api("kalang.officer").get("/api/residents?commune=&archived=").status()).isEqualTo(200);
	}

	@Test
	void theExportAndTheListDocumentTheSameFilters() {
		JsonNode paths = api("analyst").get("/v3/api-docs").json().get("paths");
		for (String path : new String[] { "/api/households", "/api/households/export" }) {
			assertThat(paths.get(path).get("get").get("parameters").toString()).contains("\"name\":\"nearPoor\"",
					"{\"name\":\"archived\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"boolean\",\"default\":false}}",
					"code of a skill that at least one member (not archived) has not reached");
		}
	}

}
