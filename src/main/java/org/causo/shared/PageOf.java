package org.causo.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param <T> the row type
 * @param items the rows on this page
 * @param page zero-based page number
 * @param size rows per page
 * @param total rows in the whole list
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public static final int DEFAULT_SIZE = 25;

	public static final int MAX_SIZE = 200;

	public PageOf {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page + 1L < totalPages();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total);
	}

	/** A page number and size from request parameters, clamped to sane values. */
	public record Request(int page, int size) {

		public Request {
			page = Math.max(0, page);
			size = (size <= 0) ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		}

		public static Request first() {
			return new Request(0, DEFAULT_SIZE);
		}

		/**
		 * Rows to skip; a long, so that a huge page number cannot overflow into a
		 * negative.
		 */
		public long offset() {
			return (long) this.page * this.size;
		}

	}

}
