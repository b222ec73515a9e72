package org.causo.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;

import org.springframework.ui.Model;

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

}
