package org.causo.mailbox.submissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.causo.mailbox.Questions;
import org.causo.mailbox.ReportView;
import org.causo.mailbox.TipForm;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;

/**
 * Checks a reporter's answers against the mailbox's questions and gives the map that is
 * sealed with the report. The post's own questions are kept under {@code x.<id>}, with
 * their labels as they were ({@code l.<id>.<language>}) and their type ({@code t.<id>}),
 * so that a question removed later still reads right in older reports.
 */
public final class Answers {

	static final int MIN_TEXT = 10;

	static final int MAX_TEXT = 5000;

	static final int MAX_SHORT = 200;

	private Answers() {
	}

	public static Map<String, String> validate(Questions questions, TipForm form, Map<String, String> extra,
			int files) {
		List<Problem> problems = new ArrayList<>();
		if (form.website() != null && !form.website().isEmpty()) {
			problems.add(new Problem(null, "tip.error.honeypot"));
		}
		if (form.category() == null || !questions.categories().contains(form.category())) {
			problems.add(new Problem("category", "tip.error.category"));
		}
		String text = checkText(form.text(), "text", problems);
		String when = checkAsked(form.when(), questions.when(), "when", problems);
		String where = checkAsked(form.where(), questions.where(), "where", problems);
		if (files > 0 && questions.files() == Questions.Mode.OFF) {
			problems.add(new Problem("files", "tip.error.filesOff"));
		}
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("category", form.category());
		answers.put("text", text);
		answers.put("when", when);
		answers.put("where", where);
		for (Questions.Custom question : questions.custom()) {
			String answer = checkCustom(question, (extra != null) ? extra.get(question.id()) : null, problems);
			answers.put("x." + question.id(), answer);
			answers.put("t." + question.id(), question.type().name());
			question.labels().forEach((language, label) -> answers.put("l." + question.id() + "." + language, label));
		}
		failOn(problems);
		return answers;
	}

	/** An officer's message to the reporter, checked like a report's text. */
	public static String officerMessage(String text) {
		List<Problem> problems = new ArrayList<>();
		String clean = checkText(text, "text", problems);
		failOn(problems);
		return clean;
	}

	/** A reporter's reply in the thread. */
	public static String reply(String text) {
		List<Problem> problems = new ArrayList<>();
		String clean = checkReply(text, problems);
		failOn(problems);
		return clean;
	}

	private static void failOn(List<Problem> problems) {
		InvalidInputException.throwIfAny(problems);
	}

	static String checkText(String text, String field, List<Problem> problems) {
		String clean = (text != null) ? text.strip() : "";
		if (clean.indexOf('\uFFFD') >= 0) {
			problems.add(new Problem(field, "tip.error.encoding"));
		}
		else if (clean.length() < MIN_TEXT) {
			problems.add(new Problem(field, "tip.error.short", MIN_TEXT));
		}
		else if (clean.length() > MAX_TEXT) {
			problems.add(new Problem(field, "tip.error.long", MAX_TEXT));
		}
		return clean;
	}

	/**
	 * A reply in the thread: a short answer ("Đúng ạ") to an officer's question is a
	 * whole answer, so one character is enough.
	 */
	static String checkReply(String text, List<Problem> problems) {
		String clean = (text != null) ? text.strip() : "";
		if (clean.indexOf('\uFFFD') >= 0) {
			problems.add(new Problem("text", "tip.error.encoding"));
		}
		else if (clean.isEmpty()) {
			problems.add(new Problem("text", "thread.error.empty"));
		}
		else if (clean.length() > MAX_TEXT) {
			problems.add(new Problem("text", "tip.error.long", MAX_TEXT));
		}
		return clean;
	}

	private static String checkAsked(String value, Questions.Mode mode, String field, List<Problem> problems) {
		if (mode == Questions.Mode.OFF) {
			return "";
		}
		return checkShort(value, mode == Questions.Mode.REQUIRED, MAX_SHORT, field, problems);
	}

	private static String checkCustom(Questions.Custom question, String value, List<Problem> problems) {
		String field = "x_" + question.id();
		return switch (question.type()) {
			case SHORT -> checkShort(value, question.required(), MAX_SHORT, field, problems);
			case LONG -> checkShort(value, question.required(), MAX_TEXT, field, problems);
			case YES_NO -> {
				String clean = (value != null) ? value.strip() : "";
				if (clean.isEmpty() && question.required()) {
					problems.add(new Problem(field, "tip.error.required"));
				}
				else if (!clean.isEmpty() && !clean.equals("YES") && !clean.equals("NO")) {
					problems.add(new Problem(field, "tip.error.yesNo"));
				}
				yield clean;
			}
		};
	}

	private static String checkShort(String value, boolean required, int max, String field, List<Problem> problems) {
		String clean = (value != null) ? value.strip() : "";
		if (clean.indexOf('\uFFFD') >= 0) {
			problems.add(new Problem(field, "tip.error.encoding"));
		}
		else if (clean.isEmpty() && required) {
			problems.add(new Problem(field, "tip.error.required"));
		}
		else if (clean.length() > max) {
			problems.add(new Problem(field, "tip.error.long", max));
		}
		return clean;
	}

	/** The answers to the post's own questions, in the order they were asked. */
	public static List<ReportView.Extra> extras(Map<String, String> answers) {
		List<ReportView.Extra> extras = new ArrayList<>();
		for (var entry : answers.entrySet()) {
			if (!entry.getKey().startsWith("x.")) {
				continue;
			}
			String id = entry.getKey().substring(2);
			Map<String, String> labels = new LinkedHashMap<>();
			answers.forEach((key, value) -> {
				if (key.startsWith("l." + id + ".")) {
					labels.put(key.substring(id.length() + 3), value);
				}
			});
			Questions.Type type = Questions.Type.valueOf(answers.getOrDefault("t." + id, "SHORT"));
			extras.add(new ReportView.Extra(new Questions.Custom(id, type, false, labels), entry.getValue()));
		}
		return extras;
	}

}
