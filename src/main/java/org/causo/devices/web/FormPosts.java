package org.causo.devices.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.devices.Receipt;
import org.causo.shared.InvalidInputException;
import org.causo.shared.web.FormErrors;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the module's pages do with a form they receive, in one place: a change that
 * succeeds goes back with "saved", a refused one shows the page again with the messages
 * in the user's language; and how a receipt photo leaves (never cached).
 */
final class FormPosts {

	private FormPosts() {
	}

	/**
	 * Runs the change; on success redirects to the address it returns, on a refusal
	 * answers the page {@code again} renders. A form to show again as typed goes in the
	 * model before the call: a redirect carries only the "saved" flash.
	 */
	static String save(RedirectAttributes redirect, HttpServletResponse response, Model model, Change change,
			Supplier<String> again) throws IOException {
		try {
			String target = change.apply();
			redirect.addFlashAttribute("saved", true);
			return "redirect:" + target;
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			return again.get();
		}
	}

	/** The photo of a signed receipt, as the page and the API send it. */
	static ResponseEntity<byte[]> receipt(Receipt receipt) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(receipt.contentType()))
			.cacheControl(CacheControl.noStore())
			.body(receipt.bytes());
	}

	/** A change made from a form; returns where to go next. */
	@FunctionalInterface
	interface Change {

		String apply() throws IOException;

	}

}
