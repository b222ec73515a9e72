package org.causo.mailbox.web;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.causo.mailbox.Figures;
import org.causo.mailbox.MailboxKind;
import org.causo.mailbox.MailboxStats;
import org.causo.mailbox.Mailboxes;
import org.causo.mailbox.StatsQuery;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.LocalTimes;
import org.causo.shared.export.Download;
import org.causo.shared.export.ExportSink;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.DownloadRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Mailbox figures: a table with a bar chart drawn as inline SVG, a CSV (or XLSX) of
 * figures through the shared export sink, and the same as JSON under
 * {@code /api/mailboxes/stats}.
 */
@Controller
@PreAuthorize(Allowed.OFFICERS)
class StatsController {

	private final MailboxStats stats;

	private static final List<String> COLUMNS = List.of("group", "key", "label", "received", "valuable",
			"valuable_percent", "major_cases", "other_cases", "arrests");

	private final Mailboxes mailboxes;

	private final LocalTimes times;

	StatsController(MailboxStats stats, Mailboxes mailboxes, LocalTimes times) {
		this.stats = stats;
		this.mailboxes = mailboxes;
		this.times = times;
	}

	@GetMapping("/mailboxes/stats")
	String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String by,
			@RequestParam(required = false) Long post, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		model.addAttribute("figures",
				this.stats.figures(actor.scope(), actor.officerId(), query(by, post, kind, from, to)));
		model.addAttribute("posts", this.mailboxes.postList(actor.scope()));
		model.addAttribute("dimensions", StatsQuery.Dimension.values());
		model.addAttribute("kinds", this.mailboxes.kindsSeenBy(actor.officerId()));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "mailbox/stats";
	}

	/** The same figures as JSON. */
	@GetMapping("/api/mailboxes/stats")
	@ResponseBody
	Figures api(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String by,
			@RequestParam(required = false) Long post, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return this.stats.figures(actor.scope(), actor.officerId(), query(by, post, kind, from, to));
	}

	/**
	 * Figures only: counts and labels of posts, mailboxes and QR points, never content;
	 * CSV, or XLSX when asked. The columns are named like the JSON's fields.
	 */
	@GetMapping("/mailboxes/stats.csv")
	@ResponseStatus(HttpStatus.OK) // the file is the response: no view to render after it
	void csv(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String by,
			@RequestParam(required = false) Long post, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			DownloadRequest download) throws IOException {
		Figures figures = this.stats.figures(actor.scope(), actor.officerId(), query(by, post, kind, from, to));
		Download file = download.named("mailbox-stats");
		ExportSink sink = ExportSink.of(file.format(), file.target().open(), "mailbox-stats", COLUMNS,
				this.times.zone());
		for (Figures.Group row : figures.rows()) {
			line(sink, figures.query().by().name(), row);
		}
		line(sink, "TOTAL", figures.total());
		sink.row();
		sink.row("seizure_kind", "unit", "quantity");
		for (Figures.SeizureTotal s : figures.seizures()) {
			sink.row(s.kind(), s.unit(), s.amount());
		}
		sink.finish();
	}

	static StatsQuery query(String by, Long post, String kind, String from, String to) {
		StatsQuery.Dimension dimension = null;
		MailboxKind mailboxKind = null;
		try {
			if (by != null && !by.isBlank()) {
				dimension = StatsQuery.Dimension.valueOf(by.strip().toUpperCase(Locale.ROOT));
			}
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("by", "mailbox.stats.error.by");
		}
		try {
			if (kind != null && !kind.isBlank()) {
				mailboxKind = MailboxKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
			}
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("kind", "mailbox.error.kind");
		}
		return new StatsQuery(dimension, post, mailboxKind, month(from, "from"), month(to, "to"));
	}

	private static YearMonth month(String month, String field) {
		if (month == null || month.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(field, "report.error.month");
		}
	}

	private static void line(ExportSink sink, String group, Figures.Group row) throws IOException {
		sink.row(group, row.key(), row.label(), row.received(), row.valuable(), row.valuablePercent(), row.majorCases(),
				row.otherCases(), row.arrests());
	}

}
