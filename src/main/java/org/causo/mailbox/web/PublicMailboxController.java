package org.causo.mailbox.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.mailbox.MailboxClosedException;
import org.causo.mailbox.PublicForm;
import org.causo.mailbox.Receipt;
import org.causo.mailbox.Submissions;
import org.causo.mailbox.TipForm;
import org.causo.mailbox.TooManyAttemptsException;
import org.causo.shared.InvalidInputException;
import org.causo.shared.web.FormErrors;
import org.causo.shared.web.ReportersPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The reporters' pages: the form behind a QR code, the receipt, and the thread a receipt
 * opens. They work without JavaScript, set no cookie, and the receipt never appears in an
 * address. Their language buttons send what was typed along ({@code language=}), so a
 * switch of language keeps the page as it was.
 */
@Controller
@ReportersPages
class PublicMailboxController {

	private final Submissions submissions;

	PublicMailboxController(Submissions submissions) {
		this.submissions = submissions;
	}

	@GetMapping("/q/{code}")
	String form(@PathVariable String code, Model model) {
		model.addAttribute("form", this.submissions.form(code));
		return "mailbox/public-form";
	}

	@PostMapping("/q/{code}")
	String submit(@PathVariable String code, TipForm tip, @RequestParam Map<String, String> params,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletResponse response,
			Model model) throws IOException {
		Map<String, String> extra = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("x_")) {
				extra.put(name.substring(2), value);
			}
		});
		try {
			Receipt receipt = this.submissions.submit(code, tip, extra, bytes(files));
			model.addAttribute("receipt", receipt);
			return "mailbox/public-receipt";
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			PublicForm fresh = this.submissions.form(code);
			boolean expired = ex.problems()
				.stream()
				.anyMatch((p) -> "tip.error.expired".equals(p.messageKey())
						|| "tip.error.alreadySent".equals(p.messageKey()));
			model.addAttribute("form", expired ? fresh : fresh.withToken(tip.token()));
			model.addAttribute("tip", tip);
			model.addAttribute("extra", extra);
			return "mailbox/public-form";
		}
	}

	/** The form again in another language, with what was typed and the same token. */
	@PostMapping(path = "/q/{code}", params = "language")
	String formInLanguage(@PathVariable String code, TipForm tip, @RequestParam Map<String, String> params,
			Model model) {
		Map<String, String> extra = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("x_")) {
				extra.put(name.substring(2), value);
			}
		});
		PublicForm fresh = this.submissions.form(code);
		boolean hasToken = tip.token() != null && !tip.token().isBlank();
		model.addAttribute("form", hasToken ? fresh.withToken(tip.token()) : fresh);
		model.addAttribute("tip", tip);
		model.addAttribute("extra", extra);
		return "mailbox/public-form";
	}

	@GetMapping("/r")
	String receiptForm() {
		return "mailbox/public-receipt-entry";
	}

	/** The receipt field again in another language, with the digits typed so far. */
	@PostMapping(path = "/r", params = "language")
	String receiptFormInLanguage(@RequestParam(defaultValue = "") String receipt, Model model) {
		model.addAttribute("receipt", receipt);
		return "mailbox/public-receipt-entry";
	}

	@PostMapping("/r")
	String open(@RequestParam(defaultValue = "") String receipt, HttpServletResponse response, Model model) {
		try {
			model.addAttribute("thread", this.submissions.open(receipt));
			model.addAttribute("receipt", receipt);
			return "mailbox/public-thread";
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			// the digits stay, to be checked one by one
			model.addAttribute("receipt", receipt);
			return "mailbox/public-receipt-entry";
		}
	}

	/**
	 * The thread again in another language, with the reply typed so far (the reply form
	 * carries the receipt, never the address).
	 */
	@PostMapping(path = "/r/reply", params = "language")
	String threadInLanguage(@RequestParam(defaultValue = "") String receipt,
			@RequestParam(defaultValue = "") String text, HttpServletResponse response, Model model) {
		model.addAttribute("text", text);
		return open(receipt, response, model);
	}

	/**
	 * The receipt page again in another language: the page carries the receipt in a form,
	 * since it is shown only once and must not be lost to a language switch.
	 */
	@PostMapping("/r/receipt")
	String receiptInLanguage(@RequestParam(defaultValue = "") String receipt, HttpServletResponse response,
			Model model) {
		try {
			this.submissions.open(receipt);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			model.addAttribute("receipt", receipt);
			return "mailbox/public-receipt-entry";
		}
		model.addAttribute("receipt", new Receipt(grouped(receipt), false));
		return "mailbox/public-receipt";
	}

	/** The receipt's digits in groups of four, as the receipt page shows them. */
	private static String grouped(String receipt) {
		String digits = receipt.replaceAll("[^0-9]", "");
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i += 4) {
			out.append((i > 0) ? " " : "").append(digits, i, Math.min(digits.length(), i + 4));
		}
		return out.toString();
	}

	@PostMapping("/r/reply")
	String reply(@RequestParam(defaultValue = "") String receipt, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletResponse response,
			Model model) throws IOException {
		try {
			this.submissions.reply(receipt, text, bytes(files));
			model.addAttribute("sent", true);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			model.addAttribute("text", text);
			if (ex.problems().stream().anyMatch((p) -> "receipt".equals(p.field()))) {
				model.addAttribute("receipt", receipt);
				return "mailbox/public-receipt-entry";
			}
		}
		model.addAttribute("thread", this.submissions.open(receipt));
		model.addAttribute("receipt", receipt);
		return "mailbox/public-thread";
	}

	/** The chosen files; a browser sends an empty part when none was chosen. */
	private static List<byte[]> bytes(List<MultipartFile> files) throws IOException {
		List<byte[]> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					uploads.add(file.getBytes());
				}
			}
		}
		return uploads;
	}

	@ExceptionHandler(MailboxClosedException.class)
	String closed(MailboxClosedException ex, HttpServletResponse response, Model model) {
		response.setStatus("UNKNOWN".equals(ex.reason()) ? 404 : 410);
		model.addAttribute("reason", ex.reason());
		return "mailbox/public-closed";
	}

	@ExceptionHandler(TooManyAttemptsException.class)
	String tooMany(HttpServletResponse response) {
		response.setStatus(429);
		return "mailbox/public-busy";
	}

}
