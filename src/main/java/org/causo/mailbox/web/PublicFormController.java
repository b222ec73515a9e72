package org.causo.mailbox.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.mailbox.PublicForm;
import org.causo.mailbox.Receipt;
import org.causo.mailbox.Submissions;
import org.causo.mailbox.TipForm;
import org.causo.shared.InvalidInputException;
import org.causo.shared.web.FormErrors;
import org.causo.shared.web.ReportersPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The form behind a QR code, and the receipt it gives. Like every reporter's page it
 * works without JavaScript, sets no cookie, and the receipt never appears in an address.
 * Its language buttons send what was typed along ({@code language=}), so a switch of
 * language keeps the page as it was.
 */
@Controller
@ReportersPages
class PublicFormController extends PublicPages {

	private final Submissions submissions;

	PublicFormController(Submissions submissions) {
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
		Map<String, String> extra = extra(params);
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
		Map<String, String> extra = extra(params);
		PublicForm fresh = this.submissions.form(code);
		boolean hasToken = tip.token() != null && !tip.token().isBlank();
		model.addAttribute("form", hasToken ? fresh.withToken(tip.token()) : fresh);
		model.addAttribute("tip", tip);
		model.addAttribute("extra", extra);
		return "mailbox/public-form";
	}

	/**
	 * The answers to the post's own questions: the fields named {@code x_<question id>}.
	 */
	private static Map<String, String> extra(Map<String, String> params) {
		Map<String, String> extra = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("x_")) {
				extra.put(name.substring(2), value);
			}
		});
		return extra;
	}

}
