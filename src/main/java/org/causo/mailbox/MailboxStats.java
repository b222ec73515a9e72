package org.causo.mailbox;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.causo.mailbox.stats.StatsStore;
import org.causo.orgunit.BorderPost;
import org.causo.shared.InvalidInputException;
import org.causo.shared.LocalTimes;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures per post, mailbox, QR point, category or month: received, valuable, cases,
 * arrests, seizures. Counts only; a post outside the scope, or a kind of mailbox whose
 * reports the officer's role does not see (the soldiers' feedback), answers 404.
 */
@Service
@Transactional(readOnly = true)
public class MailboxStats {

	private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");

	private static final Instant END = Instant.parse("2200-01-01T00:00:00Z");

	private final StatsStore store;

	private final Mailboxes mailboxes;

	private final LocalTimes times;

	MailboxStats(StatsStore store, Mailboxes mailboxes, LocalTimes times) {
		this.store = store;
		this.mailboxes = mailboxes;
		this.times = times;
	}

	public Figures figures(Scope scope, long officerId, StatsQuery query) {
		if (!this.mailboxes.kindsSeenBy(officerId).contains(query.kind())) {
			throw new NotFoundException("mailbox");
		}
		List<BorderPost> visible = this.mailboxes.postList(scope);
		List<Long> postIds = visible.stream().map(BorderPost::id).toList();
		if (query.postId() != null) {
			if (!postIds.contains(query.postId())) {
				throw new NotFoundException("post");
			}
			postIds = List.of(query.postId());
		}
		if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
			throw InvalidInputException.of("from", "mailbox.stats.error.range");
		}
		StatsStore.Range range = new StatsStore.Range(postIds, query.kind(), start(query.from(), BEGINNING),
				(query.to() != null) ? start(query.to().plusMonths(1), END) : END, this.times.zoneId());
		Map<String, Figures.Group> rows = new LinkedHashMap<>();
		for (Figures.Group row : this.store.reports(query.by(), range)) {
			rows.merge(row.key(), row, Figures.Group::plus);
		}
		for (Figures.Group row : this.store.cases(query.by(), range)) {
			rows.merge(row.key(), row, Figures.Group::plus);
		}
		Map<String, String> postNames = visible.stream()
			.collect(Collectors.toMap((p) -> String.valueOf(p.id()), BorderPost::name, (a, b) -> a));
		List<Figures.Group> sorted = rows.values()
			.stream()
			.map((r) -> (query.by() == StatsQuery.Dimension.POST)
					? new Figures.Group(r.key(), postNames.getOrDefault(r.key(), r.key()), r.received(), r.valuable(),
							r.majorCases(), r.otherCases(), r.arrests())
					: (query.by() == StatsQuery.Dimension.MONTH) ? relabel(r, Function.identity()) : r)
			.sorted(Comparator.comparing(Figures.Group::label).thenComparing(Figures.Group::key))
			.toList();
		Figures.Group total = sorted.stream()
			.reduce(new Figures.Group("", "", 0, 0, 0, 0, 0), Figures.Group::plus, Figures.Group::plus);
		return new Figures(query, sorted, total, this.store.seizures(range));
	}

	private static Figures.Group relabel(Figures.Group r, Function<String, String> label) {
		return new Figures.Group(r.key(), label.apply(r.key()), r.received(), r.valuable(), r.majorCases(),
				r.otherCases(), r.arrests());
	}

	private Instant start(YearMonth month, Instant otherwise) {
		return (month != null) ? this.times.startOf(month) : otherwise;
	}

}
