package org.causo.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Puts a rejected form's problems in the model, by field, for the {@code fragments/form}
 * fragments to show next to each field, and answers 400.
 */
public final class FormErrors {

	public static final String GLOBAL = "_form";

	private FormErrors() {
	}

	public static void show(InvalidInputException ex, Model model, HttpServletResponse response) {
		Map<String, List<Problem>> byField = new LinkedHashMap<>();
		for (Problem problem : ex.problems()) {
			byField.computeIfAbsent((problem.field() != null) ? problem.field() : GLOBAL, (k) -> new ArrayList<>())
				.add(problem);
		}
		model.addAttribute("errors", byField);
		model.addAttribute("problems", ex.problems());
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
	}

	/**
	 * The usual end of a form's POST: on success "saved" is flashed and the browser is
	 * sent to the page {@code save} returns; on bad input the problems are shown on the
	 * form {@code form} renders again, with 400. A form to show again as typed goes in
	 * the model before the call: a redirect carries only the "saved" flash.
	 * @param <E> what else {@code save} may throw (reading an upload, say)
	 */
	public static <E extends Exception> String saveOrShow(Save<E> save, Supplier<String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws E {
		try {
			return saved(redirect, save.target());
		}
		catch (InvalidInputException ex) {
			show(ex, model, response);
			return form.get();
		}
	}

	/** To {@code path}, with the "saved" notice. */
	public static String saved(RedirectAttributes redirect, String path) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + path;
	}

	/**
	 * A change made from a form.
	 *
	 * @param <E> what it may throw besides a refusal
	 */
	@FunctionalInterface
	public interface Save<E extends Exception> {

		/** Makes the change; returns the path to go to next. */
		String target() throws E;

	}

}
