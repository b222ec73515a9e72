package org.causo.registry;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a registry list, paged by key (fast at any depth over millions of rows).
 *
 * @param <T> the row type
 * @param items the rows
 * @param size rows asked for
 * @param next the cursor of the next page ({@code after=}), null on the last page
 * @param total rows matching, counted up to {@link #COUNT_LIMIT}
 * @param totalIsAtLeast whether there are more than {@code total} rows
 */
public record Chunk<T>(List<T> items, int size, String next, long total, boolean totalIsAtLeast) {

	/**
	 * Counting stops here: an exact count of a million rows would cost more than the
	 * page.
	 */
	public static final int COUNT_LIMIT = 10_000;

	public Chunk {
		items = List.copyOf(items);
	}

	public <R> Chunk<R> map(Function<T, R> mapper) {
		return new Chunk<>(this.items.stream().map(mapper).toList(), this.size, this.next, this.total,
				this.totalIsAtLeast);
	}

}
