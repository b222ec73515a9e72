package org.causo.shared.web.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.causo.shared.InvalidInputException;
import org.causo.shared.web.FormErrors;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The flows the page controllers share: a form saved or shown again, a refusal shown or
 * flashed.
 */
class PageFlowsTests {

	private final ExtendedModelMap model = new ExtendedModelMap();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	@Test
	void aSavedFormGoesToWhatItSavedWithTheSavedNotice() {
		String view = FormErrors.saveOrShow(() -> "/things/7", () -> "things/form", this.model, this.response,
				this.redirect);
		assertThat(view).isEqualTo("redirect:/things/7");
		assertThat(this.redirect.getFlashAttributes().get("saved")).isEqualTo(true);
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

	@Test
	void aRefusedFormComesBackWithItsProblemsBesideTheFieldAnd400() {
		String view = FormErrors.saveOrShow(() -> {
			throw InvalidInputException.of("name", "thing.error.name");
		}, () -> "things/form", this.model, this.response, this.redirect);
		assertThat(view).isEqualTo("things/form");
		assertThat(this.response.getStatus()).isEqualTo(400);
		assertThat(((Map<?, ?>) this.model.get("errors")).containsKey("name")).isTrue();
		assertThat(this.redirect.getFlashAttributes()).isEmpty();
	}

	@Test
	void aFailedUploadIsNotARefusalAndLeavesAsItCame() {
		assertThatThrownBy(() -> FormErrors.saveOrShow(() -> {
			throw new IOException("disk full");
		}, () -> "things/form", this.model, this.response, this.redirect)).isInstanceOf(IOException.class);
	}

	@Test
	void aRefusedPartOfAPageShowsItsProblemsOverWhatElseItShows() {
		List<String> rows = Refusals.orShow(() -> {
			throw InvalidInputException.of("from", "thing.error.from");
		}, List::<String>of, this.model, this.response);
		assertThat(rows).isEmpty();
		assertThat(this.response.getStatus()).isEqualTo(400);
		Refusals.orShow(() -> this.model.addAttribute("totals", 3), this.model, new MockHttpServletResponse());
		assertThat(this.model.get("totals")).isEqualTo(3);
	}

	@Test
	void aRefusalOnAPageOnlyRedirectedToTravelsAsAFlash() {
		assertThat(Refusals.flashed(() -> {
			throw InvalidInputException.of(null, "thing.error.gone");
		}, "thingProblem", "/things/7#list", this.redirect)).isEqualTo("redirect:/things/7#list");
		assertThat(this.redirect.getFlashAttributes().get("thingProblem")).isEqualTo("thing.error.gone");
		assertThat(this.redirect.getFlashAttributes()).doesNotContainKey("saved");
		RedirectAttributesModelMap done = new RedirectAttributesModelMap();
		Refusals.flashed(() -> {
		}, "thingProblem", "/things/7", done);
		assertThat(done.getFlashAttributes().get("saved")).isEqualTo(true);
		assertThat(done.getFlashAttributes()).doesNotContainKey("thingProblem");
	}

	@Test
	void aListPageHasOneSizeAndHtmxGetsOnlyTheResults() {
		assertThat(ListPages.page(2).size()).isEqualTo(ListPages.ROWS);
		assertThat(ListPages.view("things/list", "true")).isEqualTo("things/list :: results");
		assertThat(ListPages.view("things/list", null)).isEqualTo("things/list");
	}

	@Test
	void anImportTemplateIsAUtf8CsvAttachment() {
		var template = CsvTemplate.download("things-template.csv", "name,code\n");
		assertThat(template.getHeaders().getContentDisposition().getFilename()).isEqualTo("things-template.csv");
		assertThat(String.valueOf(template.getHeaders().getContentType())).isEqualTo("text/csv;charset=UTF-8");
		assertThat(template.getBody()).isEqualTo("name,code\n".getBytes(StandardCharsets.UTF_8));
	}

}
