package org.causo.mailbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report opened by an officer, decrypted in memory for this request only.
 *
 * @param id id
 * @param mailboxId its mailbox
 * @param kind crime tips or feedback
 * @param category category or topic
 * @param status triage status
 * @param receivedHour when it arrived, to the hour
 * @param pointName the QR point
 * @param readable whether this officer holds a key for it (granted) and has it unlocked
 * @param answers the reporter's answers, when readable
 * @param extras the answers to the post's own questions, when readable
 * @param messages the thread, when readable
 * @param files the photos attached, decrypted on request
 * @param assignee the officer the report is assigned to, if any
 * @param labels free labels
 * @param assignable the officers it may be assigned to, by id
 * @param history who changed what
 * @param next statuses it may move to
 */
public record ReportView(long id, long mailboxId, MailboxKind kind, String category, ReportStatus status,
		Instant receivedHour, String pointName, boolean readable, Map<String, String> answers, List<Extra> extras,
		List<ReporterThread.Message> messages, List<FileRef> files, Long assignee, List<String> labels,
		Map<Long, String> assignable, List<History> history, Set<ReportStatus> next) {

	/**
	 * The answer to a question of the post's own, with the question as it was asked.
	 *
	 * @param question the question (labels as they were when the report arrived)
	 * @param answer the answer; YES or NO for a yes/no question; empty when skipped
	 */
	public record Extra(Questions.Custom question, String answer) {

	}

	/**
	 * A photo of the report.
	 *
	 * @param id id
	 * @param contentType image/jpeg or image/png
	 * @param size bytes
	 */
	public record FileRef(long id, String contentType, int size) {

	}

	/**
	 * One change.
	 *
	 * @param at when (officers' actions are timed exactly)
	 * @param officer who
	 * @param action what
	 * @param from status before
	 * @param to status after
	 */
	public record History(Instant at, String officer, String action, String from, String to) {

	}

}
