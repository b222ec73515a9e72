package org.causo.shared.web.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.causo.shared.PageOf;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The {@code page} and {@code size} query parameters of a paged API list. A controller
 * method takes one {@code Paging paging} parameter ({@link QueryRecordResolver} reads it,
 * as {@code @RequestParam} would: absent or empty gives the default, a word answers 400
 * in the caller's language) and passes {@link #request()} to its facade.
 *
 * @param page zero-based page number, 0 by default
 * @param size rows per page, 25 by default, at most 200
 */
@ParameterObject
public record Paging(@Parameter(schema = @Schema(type = "integer", format = "int32", defaultValue = "0")) int page,
		@Parameter(schema = @Schema(type = "integer", format = "int32", defaultValue = "25")) int size) {

	/** The page to fetch, clamped to sane values. */
	public PageOf.Request request() {
		return new PageOf.Request(this.page, this.size);
	}

}
