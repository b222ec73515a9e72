package org.causo.library.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.causo.library.DocumentDetails;
import org.causo.library.DocumentLink;
import org.causo.library.DocumentStatus;
import org.causo.library.DocumentType;
import org.causo.library.ImportFormat;
import org.causo.library.LinkKind;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;

/**
 * The import page's fields, as typed. {@code format} is empty for "find out"; links are
 * document numbers separated by commas or semicolons.
 */
record ImportForm(String content, String format, String number, String type, String title, String issuer,
		String signedOn, String effectiveOn, String status, String source, String amends, String replaces) {

	static ImportForm empty() {
		return new ImportForm("", "", "", "", "", "", "", "", DocumentStatus.IN_FORCE.name(), "", "", "");
	}

	/** The same form with this content, and the details detected where none was typed. */
	ImportForm filled(String text, DocumentDetails found) {
		return new ImportForm(text, this.format, or(this.number, found.number()), or(this.type, found.type().name()),
				or(this.title, found.title()), or(this.issuer, found.issuer()),
				or(this.signedOn, (found.signedOn() != null) ? found.signedOn().toString() : ""),
				or(this.effectiveOn, (found.effectiveOn() != null) ? found.effectiveOn().toString() : ""),
				or(this.status, found.status().name()), this.source, this.amends, this.replaces);
	}

	/** The format named, or the one the text looks like. */
	ImportFormat formatOf(String text) {
		if (this.format != null && !this.format.isBlank()) {
			try {
				return ImportFormat.valueOf(this.format);
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInputException.of("format", "law.import.error.type");
			}
		}
		String head = text.stripLeading();
		if (head.startsWith("<")) {
			return ImportFormat.HTML;
		}
		return (text.contains("**") || text.contains("\\.")) ? ImportFormat.MARKDOWN : ImportFormat.TEXT;
	}

	DocumentDetails details() {
		List<Problem> problems = new ArrayList<>();
		DocumentType t = parse(DocumentType.class, this.type, "type", problems);
		DocumentStatus s = parse(DocumentStatus.class, this.status, "status", problems);
		LocalDate signed = date(this.signedOn, "signedOn", problems);
		LocalDate effective = date(this.effectiveOn, "effectiveOn", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<DocumentLink> links = new ArrayList<>(links(LinkKind.AMENDS, this.amends));
		links.addAll(links(LinkKind.REPLACES, this.replaces));
		return new DocumentDetails(this.number, t, this.title, this.issuer, signed, effective, s, this.source, links);
	}

	private static List<DocumentLink> links(LinkKind kind, String numbers) {
		if (numbers == null) {
			return List.of();
		}
		return Arrays.stream(numbers.split("[,;\\n]"))
			.map(String::strip)
			.filter((n) -> !n.isEmpty())
			.map((n) -> new DocumentLink(kind, n, null))
			.toList();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(field, "law.import.error.choice"));
			return null;
		}
	}

	private static LocalDate date(String value, String field, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(field, "law.import.error.date"));
			return null;
		}
	}

	private static String or(String typed, String found) {
		return (typed == null || typed.isBlank()) ? found : typed;
	}

}
