package org.causo.shared.export;

import java.util.Locale;

/** The file formats of a list export. */
public enum ExportFormat {

	/** UTF-8 with a byte-order mark, so that Excel shows Vietnamese. */
	CSV("text/csv;charset=UTF-8", "csv"),

	/** Office Open XML workbook. */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	/** "csv", "XLSX"…; null when it is neither. */
	public static ExportFormat of(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
