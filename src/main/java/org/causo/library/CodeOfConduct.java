package org.causo.library;

import java.util.List;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.library.conduct.ConductText;
import org.causo.library.conduct.ReadMarks;
import org.causo.library.conduct.VersionStore;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The command's code of conduct: versions imported from pasted text (saving one publishes
 * it and makes it the current one; older ones stay readable), read by anyone from a QR
 * code, and the officers' marks that they have read the current version.
 */
@Service
@Transactional
public class CodeOfConduct {

	/** The longest text taken, in characters. */
	public static final int MAX_CHARS = 200_000;

	/** The longest title. */
	public static final int MAX_TITLE = 300;

	private final VersionStore versions;

	private final ReadMarks marks;

	private final AuditTrail audit;

	CodeOfConduct(VersionStore versions, ReadMarks marks, AuditTrail audit) {
		this.versions = versions;
		this.marks = marks;
		this.audit = audit;
	}

	/** The sections found in the text, before anything is saved. */
	@Transactional(readOnly = true)
	public ConductPreview preview(String title, String content, ImportFormat format) {
		if (format == null) {
			throw InvalidInputException.of("format", "law.import.error.type");
		}
		if (content == null || content.isBlank()) {
			throw InvalidInputException.of("content", "conduct.import.error.empty");
		}
		if (content.length() > MAX_CHARS) {
			throw InvalidInputException.of("content", "conduct.import.error.tooLong", MAX_CHARS);
		}
		ConductPreview preview = ConductText.parse(SearchKey.clean(title), content, format);
		if (preview.sections().isEmpty()) {
			throw InvalidInputException.of("content", "conduct.import.error.noSection");
		}
		if (preview.title().isEmpty()) {
			throw InvalidInputException.of("title", "law.import.error.required");
		}
		if (preview.title().length() > MAX_TITLE) {
			throw InvalidInputException.of("title", "law.import.error.tooLong", MAX_TITLE);
		}
		return preview;
	}

	/**
	 * Saves the text as the next version, which becomes the current one; returns its
	 * number. Every officer is asked again to read it.
	 */
	public int publish(String title, String content, ImportFormat format) {
		ConductPreview text = preview(title, content, format);
		int number = this.versions.insert(text, CurrentActor.username());
		this.audit.record("CONDUCT_VERSION_PUBLISHED", "conduct_version", number,
				"version=" + number + ", sections=" + text.sections().size());
		return number;
	}

	/** The current version, if one is published. */
	@Transactional(readOnly = true)
	public Optional<ConductVersion> current() {
		return this.versions.currentNumber().flatMap(this.versions::find);
	}

	/** A version by number; a number never published is not found. */
	@Transactional(readOnly = true)
	public ConductVersion version(int number) {
		return this.versions.find(number).orElseThrow(() -> new NotFoundException("conduct version " + number));
	}

	/** Every version, newest first. */
	@Transactional(readOnly = true)
	public List<ConductVersion.Summary> versions() {
		return this.versions.summaries();
	}

	/**
	 * The officer has read this version: marked once, whatever the number of clicks. A
	 * mark of an older version does not count for the current one.
	 */
	public void markRead(long officerId, int number) {
		ConductVersion version = version(number);
		if (this.marks.mark(version.id(), officerId)) {
			this.audit.record("CONDUCT_READ", "conduct_version", number, "version=" + number);
		}
	}

	/** Whether the officer has marked this version read. */
	@Transactional(readOnly = true)
	public boolean hasRead(long officerId, ConductVersion version) {
		return this.marks.has(version.id(), officerId);
	}

	/**
	 * Whether the officer still has to read the current version: false when none is
	 * published.
	 */
	@Transactional(readOnly = true)
	public boolean toRead(long officerId) {
		return this.versions.currentId().map((id) -> !this.marks.has(id, officerId)).orElse(false);
	}

}
