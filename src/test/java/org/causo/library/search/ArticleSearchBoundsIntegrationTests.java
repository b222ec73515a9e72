package org.causo.library.search;

import java.util.List;

import org.causo.library.LawFilter;
import org.causo.library.search.ArticleSearch.Bounds;
import org.causo.library.search.ArticleSearch.Found;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded ranking, shown on the demo library with small bounds: past the exact bound
 * a query ranks the newest matches and those of the documents it names by number, with
 * the same rank as when every match is ranked.
 */
class ArticleSearchBoundsIntegrationTests extends IntegrationTest {

	@Autowired
	PlatformTransactionManager transactions;

	private List<Found> find(Bounds bounds, String typed) {
		return new ArticleSearch(this.jdbc, this.transactions, bounds).find(SearchQuery.parse(typed), LawFilter.NONE,
				50);
	}

	@Test
	void aCommonQueryPastTheBoundRanksItsCandidatesAsTheExactSearchDoes() {
		String common = "sắp xếp đơn vị hành chính cấp xã";
		List<Found> exact = find(new Bounds(100_000, 0, 0), common);
		assertThat(exact).hasSize(50);
		// every match is a candidate: the same articles in the same order
		List<Found> all = find(new Bounds(10, 100_000, 100_000), common);
		assertThat(all).extracting(Found::rank).containsExactlyElementsOf(exact.stream().map(Found::rank).toList());
		// a few candidates: at most that many, still in rank order
		List<Found> few = find(new Bounds(10, 20, 5), common);
		assertThat(few).hasSize(20);
		assertThat(few).extracting(Found::rank).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void aNumberNamedInACommonQueryBringsItsDocumentFirstPastTheBound() {
		// the commune-merger resolutions all cite 60-NQ/TW: "60" is in most articles
		assertThat(find(new Bounds(100_000, 0, 0), "nghị quyết 60")).hasSizeGreaterThan(10);
		Bounds small = new Bounds(10, 3, 5);
		assertThat(find(small, "nghị quyết 60").get(0).document().number()).isEqualTo("60-NQ/TW");
		assertThat(find(small, "60/NQ-TW").get(0).document().number()).isEqualTo("60-NQ/TW");
	}

}
