package org.causo.registry.importing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.causo.shared.SearchKey;

import org.springframework.context.MessageSource;

/**
 * The header of an import file: the template's column names (household_code…) or the
 * headers the household and resident exports write, in Vietnamese, English or French, in
 * any order. So a list exported, corrected in a spreadsheet, reads back.
 */
final class ImportColumns {

	private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH, Locale.FRENCH);

	/** The exports' header keys, each to the columns of ImportRow.COLUMNS it fills. */
	private static final Map<String, List<String>> EXPORTED = Map.ofEntries(
			Map.entry("household.code", List.of("household_code")),
			Map.entry("registry.export.commune", List.of("commune_code")),
			Map.entry("household.hamlet", List.of("hamlet")), Map.entry("household.address", List.of("address")),
			Map.entry("household.latitude", List.of("latitude")),
			Map.entry("household.longitude", List.of("longitude")), Map.entry("household.head", List.of("full_name")),
			Map.entry("registry.ethnicity", List.of("ethnicity", "household_ethnicity")),
			Map.entry("household.mainLanguage", List.of("main_language")), Map.entry("household.poor", List.of("poor")),
			Map.entry("household.nearPoor", List.of("near_poor")), Map.entry("household.policy", List.of("policy")),
			Map.entry("resident.fullName", List.of("full_name")), Map.entry("resident.sex", List.of("sex")),
			Map.entry("resident.birthYear", List.of("birth_year")),
			Map.entry("resident.languages", List.of("languages")),
			Map.entry("resident.readsVietnamese", List.of("reads_vietnamese")),
			Map.entry("resident.relation", List.of("relation")), Map.entry("resident.phone", List.of("phone")),
			// figures of the export that an import does not read
			Map.entry("household.members", List.of()), Map.entry("registry.archived", List.of()));

	private static final List<String> REQUIRED = List.of("household_code", "commune_code", "hamlet");

	private final Map<String, List<String>> names = new HashMap<>();

	ImportColumns(MessageSource messages) {
		ImportRow.COLUMNS.forEach((c) -> this.names.put(SearchKey.of(c), List.of(c)));
		EXPORTED.forEach((key, columns) -> {
			for (Locale locale : LOCALES) {
				String label = messages.getMessage(key, null, null, locale);
				if (label != null) {
					this.names.putIfAbsent(SearchKey.of(label), columns);
				}
			}
		});
	}

	/**
	 * For each column of ImportRow.COLUMNS, its cell in the file's lines (-1 when the
	 * file has none); null after telling the parser what is wrong with the header.
	 */
	int[] positions(List<String> header, ImportParser parser) {
		int[] positions = new int[ImportRow.COLUMNS.size()];
		Arrays.fill(positions, -1);
		boolean good = true;
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip();
			List<String> columns = this.names.get(SearchKey.of(name));
			if (columns == null) {
				if (!name.isEmpty()) {
					parser.error(1, name, "regimport.error.column", name);
					good = false;
				}
				continue;
			}
			for (String column : columns) {
				int c = ImportRow.COLUMNS.indexOf(column);
				if (positions[c] < 0) {
					positions[c] = i;
				}
			}
		}
		for (String column : REQUIRED) {
			if (positions[ImportRow.COLUMNS.indexOf(column)] < 0) {
				parser.error(1, column, "regimport.error.missingColumn", column);
				good = false;
			}
		}
		return good ? positions : null;
	}

}
