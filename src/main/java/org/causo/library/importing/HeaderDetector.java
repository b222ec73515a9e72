package org.causo.library.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causo.library.DocumentDetails;
import org.causo.library.DocumentStatus;
import org.causo.library.DocumentText;
import org.causo.library.DocumentType;
import org.causo.shared.SearchKey;

/**
 * Reads what a legal text's header says about it: "Số: 1670/NQ-UBTVQH15", "ngày 16 tháng
 * 6 năm 2025", the type's heading ("NGHỊ QUYẾT") and the title below it, the issuer from
 * the number's suffix, and the effective date from the article on effect. Only a
 * suggestion: the administrator checks it before saving.
 */
public final class HeaderDetector {

	private static final Pattern NUMBER = Pattern
		.compile("(?iu)\\bSố\\s*:?\\s*(\\d+(?:/\\d{4})?[/-][\\p{L}\\p{N}/-]*[\\p{L}\\p{N}])");

	private static final Pattern DATE = Pattern
		.compile("(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");

	private static final Pattern EFFECTIVE = Pattern.compile(
			"hieu luc(?: thi hanh)?(?: ke)? tu ngay (?:(\\d{1,2})(?: thang |/)(\\d{1,2})(?: nam |/)(\\d{4})|(duoc thong qua|ky))");

	/** Issuers by the last part of a number, folded. */
	private static final Map<String, String> ISSUERS = Map.of("ubtvqh", "Ủy ban Thường vụ Quốc hội", "qh", "Quốc hội",
			"tw", "Ban Chấp hành Trung ương Đảng", "bct", "Bộ Chính trị", "cp", "Chính phủ", "ttg",
			"Thủ tướng Chính phủ", "ctn", "Chủ tịch nước");

	private HeaderDetector() {
	}

	public static DocumentDetails detect(DocumentText text) {
		String preamble = text.preamble();
		String number = find(NUMBER, preamble).map((m) -> m.group(1)).orElse("");
		LocalDate signed = find(DATE, preamble).flatMap((m) -> date(m.group(1), m.group(2), m.group(3))).orElse(null);
		List<String> lines = List.of(preamble.split("\n\n"));
		DocumentType type = DocumentType.OTHER;
		String title = "";
		for (int i = 0; i < lines.size(); i++) {
			Optional<DocumentType> heading = DocumentType.ofHeading(lines.get(i));
			if (heading.isPresent()) {
				type = heading.get();
				title = (i + 1 < lines.size()) ? lines.get(i + 1) : "";
				break;
			}
		}
		return new DocumentDetails(number, type, title, issuer(number), signed, effective(text, signed),
				DocumentStatus.IN_FORCE, null, List.of());
	}

	private static String issuer(String number) {
		String[] parts = SearchKey.of(number).split("[^a-z0-9]+");
		String last = parts[parts.length - 1].replaceAll("\\d+$", "");
		return ISSUERS.getOrDefault(last, "");
	}

	private static LocalDate effective(DocumentText text, LocalDate signed) {
		for (DocumentText.Article article : text.articles()) {
			Matcher m = EFFECTIVE.matcher(SearchKey.of(article.body()));
			if (m.find()) {
				return (m.group(4) != null) ? signed : date(m.group(1), m.group(2), m.group(3)).orElse(null);
			}
		}
		return null;
	}

	private static Optional<Matcher> find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? Optional.of(m) : Optional.empty();
	}

	private static Optional<LocalDate> date(String day, String month, String year) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
