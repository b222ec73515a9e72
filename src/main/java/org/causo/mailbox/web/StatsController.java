package org.causo.mailbox.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.causo.mailbox.Figures;
import org.causo.mailbox.MailboxKind;
import org.causo.mailbox.MailboxStats;
import org.causo.mailbox.Mailboxes;
import org.causo.mailbox.StatsQuery;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Mailbox figures: a table with a bar chart drawn as inline SVG, a CSV of figures, and
 * the same as JSON under {@code /api/mailboxes/stats}.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER')")
class StatsController {

	private final MailboxStats stats;

	private final Mailboxes mailboxes;

	StatsController(MailboxStats stats, Mailboxes mailboxes) {
		this.stats = stats;
		this.mailboxes = mailboxes;
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
	 * Figures only: counts and labels of posts, mailboxes and QR points, never content.
	 */
	@GetMapping("/mailboxes/stats.csv")
	ResponseEntity<String> csv(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String by,
			@RequestParam(required = false) Long post, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Figures figures = this.stats.figures(actor.scope(), actor.officerId(), query(by, post, kind, from, to));
		StringBuilder out = new StringBuilder(
				"group,key,label,received,valuable,valuable_percent,major_cases,other_cases,arrests\r\n");
		for (Figures.Group row : figures.rows()) {
			line(out, figures.query().by().name(), row);
		}
		line(out, "TOTAL", figures.total());
		out.append("\r\nseizure_kind,unit,quantity\r\n");
		for (Figures.SeizureTotal s : figures.seizures()) {
			out.append(cell(s.kind())).append(',').append(s.unit()).append(',').append(s.amount()).append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mailbox-stats.csv\"")
			.body(out.toString());
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

	private static void line(StringBuilder out, String group, Figures.Group row) {
		out.append(group)
			.append(',')
			.append(cell(row.key()))
			.append(',')
			.append(cell(row.label()))
			.append(',')
			.append(row.received())
			.append(',')
			.append(row.valuable())
			.append(',')
			.append(row.valuablePercent())
			.append(',')
			.append(row.majorCases())
			.append(',')
			.append(row.otherCases())
			.append(',')
			.append(row.arrests())
			.append("\r\n");
	}

	/** Quotes a text cell, and defuses what a spreadsheet would run as a formula. */
	private static String cell(String text) {
		String value = (text != null) ? text : "";
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

}
