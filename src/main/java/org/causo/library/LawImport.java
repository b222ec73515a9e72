package org.causo.library;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.library.importing.HeaderDetector;
import org.causo.library.importing.LegalTextParser;
import org.causo.library.importing.SourceText;
import org.causo.library.law.DocumentStore;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a legal text into the library: a preview of the chapters and articles found and
 * of what the header says, then, once an administrator has checked it, the document saved
 * and the import audited.
 */
@Service
@Transactional
public class LawImport {

	/** The longest text taken, in characters (the longest real resolution is 60,000). */
	public static final int MAX_CHARS = 1_000_000;

	/** The largest file taken, in bytes. */
	public static final int MAX_BYTES = 2_000_000;

	private final DocumentStore store;

	private final AuditTrail audit;

	LawImport(DocumentStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	/** An uploaded file as text: UTF-8 only, no binary, not too big. */
	public static String decode(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw InvalidInputException.of("file", "law.import.error.tooBig", MAX_BYTES / 1_000_000);
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw InvalidInputException.of("file", "law.import.error.type");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw InvalidInputException.of("file", "law.import.error.type");
		}
	}

	@Transactional(readOnly = true)
	public ImportPreview preview(String content, ImportFormat format) {
		if (format == null) {
			throw InvalidInputException.of("format", "law.import.error.type");
		}
		if (content == null || content.isBlank()) {
			throw InvalidInputException.of("content", "law.import.error.empty");
		}
		if (content.length() > MAX_CHARS) {
			throw InvalidInputException.of("content", "law.import.error.tooBig", MAX_BYTES / 1_000_000);
		}
		DocumentText text = LegalTextParser.parse(SourceText.paragraphs(content, format));
		if (text.articles().isEmpty()) {
			throw InvalidInputException.of("content", "law.import.error.noArticle");
		}
		return new ImportPreview(HeaderDetector.detect(text), text);
	}

	/** Saves the text with the details the administrator checked. */
	public long save(DocumentDetails details, String content, ImportFormat format) {
		DocumentText text = preview(content, format).text();
		DocumentDetails d = check(details);
		String actor = CurrentActor.username();
		long id = this.store.insert(d, text, actor);
		this.audit.record("LAW_DOCUMENT_IMPORTED", "law_document", id, "number=" + d.number() + ", articles="
				+ text.articles().size() + ", format=" + format.name().toLowerCase(java.util.Locale.ROOT));
		return id;
	}

	/** Whether a document with this number (in any spelling) is in the library. */
	@Transactional(readOnly = true)
	public boolean exists(String number) {
		return this.store.exists(number);
	}

	private DocumentDetails check(DocumentDetails d) {
		List<Problem> problems = new ArrayList<>();
		String number = SearchKey.clean(d.number());
		if (number == null || number.isEmpty() || DocumentStore.numberKey(number).isEmpty()) {
			problems.add(new Problem("number", "law.import.error.number"));
		}
		else if (number.length() > 60) {
			problems.add(new Problem("number", "law.import.error.tooLong", 60));
		}
		else if (this.store.exists(number)) {
			problems.add(new Problem("number", "law.import.error.numberTaken", number));
		}
		String title = required(d.title(), "title", 500, problems);
		String issuer = required(d.issuer(), "issuer", 200, problems);
		chosen(d.type(), "type", problems);
		chosen(d.signedOn(), "signedOn", problems);
		chosen(d.status(), "status", problems);
		if (d.effectiveOn() != null && d.signedOn() != null && d.effectiveOn().isBefore(d.signedOn())) {
			problems.add(new Problem("effectiveOn", "law.import.error.effectiveBeforeSigned"));
		}
		String source = SearchKey.clean(d.source());
		if (source != null && source.length() > 500) {
			problems.add(new Problem("source", "law.import.error.tooLong", 500));
		}
		InvalidInputException.throwIfAny(problems);
		return new DocumentDetails(number, d.type(), title, issuer, d.signedOn(), d.effectiveOn(), d.status(),
				(source == null || source.isEmpty()) ? null : source, d.links());
	}

	private static void chosen(Object value, String field, List<Problem> problems) {
		if (value == null) {
			problems.add(new Problem(field, "law.import.error.required"));
		}
	}

	private static String required(String value, String field, int max, List<Problem> problems) {
		String clean = SearchKey.clean(value);
		if (clean == null || clean.isEmpty()) {
			problems.add(new Problem(field, "law.import.error.required"));
		}
		else if (clean.length() > max) {
			problems.add(new Problem(field, "law.import.error.tooLong", max));
		}
		return clean;
	}

}
