package org.causo.library;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public search's filters: type, issuer, year signed and status as plain GET
 * parameters, alone or with a query; a value no list offers is a 400 that says which, in
 * the reader's language.
 */
class LawFiltersIntegrationTests extends IntegrationTest {

	private String issuerOf(String number) {
		return this.jdbc.sql("select issuer from law_document where number = :n")
			.param("n", number)
			.query(String.class)
			.single();
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void filtersWithoutAQueryListTheDocumentsTheyKeep() {
		WebSession reader = session();
		Page party = reader.get("/law?issuer=" + encoded(issuerOf("60-NQ/TW")));
		assertThat(party.status()).isEqualTo(200);
		assertThat(party.body()).contains("60-NQ/TW").doesNotContain("1670/NQ-UBTVQH15");
		Page assembly = reader
			.get("/law?type=RESOLUTION&year=2025&status=IN_FORCE&issuer=" + encoded(issuerOf("1670/NQ-UBTVQH15")));
		assertThat(assembly.body()).contains("1670/NQ-UBTVQH15", "1687/NQ-UBTVQH15")
			.doesNotContain("60-NQ/TW")
			.contains("<option value=\"RESOLUTION\" selected=\"selected\">")
			.contains("<option value=\"IN_FORCE\" selected=\"selected\">")
			.contains("<option value=\"2025\" selected=\"selected\">");
		assertThat(reader.get("/law?year=1990").body()).contains("Không có văn bản nào khớp bộ lọc.");
		assertThat(reader.get("/law?year=1990", "en").body()).contains("No document matches the filters.");
		assertThat(reader.cookiesSet()).isEmpty();
	}

	@Test
	void theLanguageLinksKeepTheSearchAndItsFilters() {
		Page results = session().get("/law?q=thu+lum&year=2025");
		assertThat(results.body()).contains("href=\"/law?q=thu+lum&amp;year=2025&amp;lang=en\"")
			.contains("href=\"/law?q=thu+lum&amp;year=2025&amp;lang=fr\"");
	}

	@Test
	void filtersNarrowAQuery() {
		WebSession reader = session();
		assertThat(reader.get("/law?q=thu+lum&issuer=" + encoded(issuerOf("1670/NQ-UBTVQH15"))).body())
			.contains("<mark>Thu Lũm</mark>");
		assertThat(reader.get("/law?q=thu+lum&issuer=" + encoded(issuerOf("60-NQ/TW"))).body())
			.doesNotContain("1670/NQ-UBTVQH15")
			.doesNotContain("<mark>Thu Lũm</mark>");
		assertThat(reader.get("/law?q=zzqqxx+thu+lum&year=1990").body()).contains("Không tìm thấy kết quả cho")
			.doesNotContain("<mark>");
		assertThat(reader.get("/law?q=thu+lum&type=RESOLUTION&year=2025").body()).contains("<mark>Thu Lũm</mark>");
	}

	@Test
	void aValueNoListOffersIsA400ThatSaysWhichInTheReadersLanguage() {
		WebSession reader = session();
		Page type = reader.get("/law?type=NOPE");
		assertThat(type.status()).isEqualTo(400);
		assertThat(type.body()).contains("Loại văn bản không có trong danh sách.").contains("name=\"q\"");
		assertThat(reader.get("/law?type=NOPE", "en").body()).contains("This document type is not in the list.");
		assertThat(reader.get("/law?status=gone&q=thu+lum", "fr").body())
			.contains("Ce statut n&#39;est pas dans la liste.")
			.doesNotContain("<mark>");
		for (String year : new String[] { "abc", "1800", "3000", "20x5", "-2025" }) {
			Page page = reader.get("/law?year=" + year);
			assertThat(page.status()).as(year).isEqualTo(400);
			assertThat(page.body()).contains("Năm ký phải là số từ 1945 đến");
		}
		Page issuer = reader.get("/law?issuer=" + "x".repeat(301));
		assertThat(issuer.status()).isEqualTo(400);
		assertThat(reader.get("/law?type=&issuer=&year=&status=").status()).isEqualTo(200);
	}

}
