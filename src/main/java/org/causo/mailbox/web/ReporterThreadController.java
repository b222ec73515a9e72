package org.causo.mailbox.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.mailbox.Receipt;
import org.causo.mailbox.Submissions;
import org.causo.shared.InvalidInputException;
import org.causo.shared.web.FormErrors;
import org.causo.shared.web.ReportersPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The thread a receipt opens, and the reporter's replies in it. The receipt travels in
 * the forms' bodies, never in an address, and the pages set no cookie.
 */
@Controller
@ReportersPages
class ReporterThreadController extends PublicPages {

	private final Submissions submissions;

	ReporterThreadController(Submissions submissions) {
		this.submissions = submissions;
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

}
