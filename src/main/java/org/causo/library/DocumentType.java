package org.causo.library;

import java.util.Arrays;
import java.util.Optional;

import org.causo.shared.SearchKey;

/**
 * The kinds of legal document, each with the heading it carries in Vietnamese (folded),
 * by which an import recognises it.
 */
public enum DocumentType {

	LAW("luat"), RESOLUTION("nghi quyet"), DECREE("nghi dinh"), DECISION("quyet dinh"), CIRCULAR("thong tu"),
	DIRECTIVE("chi thi"), CONCLUSION("ket luan"), REGULATION("quy dinh"), LETTER("cong van"), OTHER("");

	private final String heading;

	DocumentType(String heading) {
		this.heading = heading;
	}

	/** The folded Vietnamese name ("nghi quyet"), searched with the document. */
	public String heading() {
		return this.heading;
	}

	/** The type whose heading is this whole line ("NGHỊ QUYẾT"), if any. */
	public static Optional<DocumentType> ofHeading(String line) {
		String key = SearchKey.of(line.replace("*", ""));
		return Arrays.stream(values()).filter((t) -> !t.heading.isEmpty() && t.heading.equals(key)).findFirst();
	}

}
