package org.causo.shared.web.pages;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.shared.InvalidInputException;
import org.causo.shared.web.FormErrors;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Refusals met outside a form's save: a part of a page that refuses its filter (the rest
 * of the page still shows, with the problems and 400), and a small form on a page that is
 * only redirected to (the problem travels as a flash attribute).
 */
public final class Refusals {

	private Refusals() {
	}

	/**
	 * What {@code part} finds, or, when it refuses, {@code otherwise} with the problems
	 * shown on the page and 400.
	 */
	public static <T> T orShow(Supplier<T> part, Supplier<T> otherwise, Model model, HttpServletResponse response) {
		try {
			return part.get();
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			return otherwise.get();
		}
	}

	/**
	 * Runs {@code part} of a page; when it refuses, the problems are shown instead, with
	 * 400.
	 */
	public static void orShow(Runnable part, Model model, HttpServletResponse response) {
		orShow(() -> {
			part.run();
			return null;
		}, () -> null, model, response);
	}

	/**
	 * Makes {@code change} and goes to {@code path}: with "saved", or, when refused, with
	 * the first problem's message key flashed as {@code problem}.
	 */
	public static String flashed(Runnable change, String problem, String path, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute(problem, ex.problems().get(0).messageKey());
		}
		return "redirect:" + path;
	}

}
