package org.causo.library.search;

import java.text.Normalizer;
import java.util.List;

import org.causo.library.LawResults.Snippet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a query is read, and the passage shown for an article found. */
class SearchQueryAndSnippetsTests {

	@Test
	void numbersInAnySpellingFoldToTheSameWords() {
		assertThat(SearchText.of("57-NQ/TW")).isEqualTo("57 nq tw");
		assertThat(SearchText.of("57/NQ-TW")).isEqualTo("57 nq tw");
		assertThat(SearchText.of("Nghị quyết 57 NQ TW")).isEqualTo("nghi quyet 57 nq tw");
		assertThat(SearchText.of(Normalizer.normalize("Nghị quyết", Normalizer.Form.NFD))).isEqualTo("nghi quyet");
	}

	@Test
	void quotedWordsArePhrasesAndNothingTypedBreaksTheQuery() {
		SearchQuery query = SearchQuery.parse("\"xã Thu Lũm\" lai châu & | ! (");
		assertThat(query.words()).containsExactly("xa", "thu", "lum", "lai", "chau");
		assertThat(query.phrases()).containsExactly(List.of("xa", "thu", "lum"));
		assertThat(query.tsquery(false)).isEqualTo("(xa <-> thu <-> lum) & lai & chau");
		assertThat(query.numbers()).isEmpty();
		assertThat(SearchQuery.parse("nq 57").numbers()).containsExactly("57");
		assertThat(SearchQuery.parse("&|!").isEmpty()).isTrue();
	}

	@Test
	void theSnippetStartsWhereTheWordsStandTogetherAndMarksThemAsOne() {
		List<Snippet> snippet = Snippets
			.of("xã Hồng Thu. " + "Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số. ".repeat(3)
					+ "Sắp xếp xã Ka Lăng và xã Thu Lũm thành xã Thu Lũm.", List.of("thu", "lum"));
		assertThat(snippet).contains(new Snippet("Thu Lũm", true));
		assertThat(snippet.get(0).text()).doesNotContain("Hồng");
	}

}
