package org.causo.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.causo.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page that asks "are you sure?" before an action that is hard to undo (retire a QR
 * point whose posters are on walls, archive a household, mark a tip as spam…). The
 * action's button ({@code fragments/confirm :: danger}) is a GET to this page, so the
 * question is asked with JavaScript off too; the page's danger button then sends the real
 * POST, with its CSRF token. Only the actions listed here can be confirmed, each with its
 * own question and the fields it may carry, so that a crafted link cannot dress another
 * POST up as a harmless question.
 */
@Controller
class ConfirmController {

	private static final List<Confirmable> ACTIONS = List.of(
			new Confirmable("^/points/\\d+/status\\?status=RETIRED$", "confirm.retirePoint", List.of()),
			new Confirmable("^/households/\\d+/archive$", "confirm.archiveHousehold", List.of()),
			new Confirmable("^/residents/\\d+/archive$", "confirm.archiveResident", List.of()),
			new Confirmable("^/reports/\\d+/status\\?status=SPAM$", "confirm.spam", List.of()),
			new Confirmable("^/residents/\\d+/skills/revoke$", "confirm.revokeSkill",
					List.of("eventId", "skillId", "reason")),
			new Confirmable("^/account/tokens/\\d+/revoke$", "confirm.revokeToken", List.of()));

	@GetMapping("/confirm")
	String confirm(@RequestParam String action, @RequestParam(required = false) String back,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		Confirmable confirmable = ACTIONS.stream()
			.filter((c) -> c.pattern().matcher(action).matches())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("confirmation"));
		Map<String, String> fields = new LinkedHashMap<>();
		for (String name : confirmable.fields()) {
			String value = params.getFirst(name);
			if (value != null) {
				fields.put(name, value);
			}
		}
		model.addAttribute("question", confirmable.question());
		model.addAttribute("action", action);
		model.addAttribute("fields", fields);
		model.addAttribute("back", local(back));
		return "confirm";
	}

	/** Only an address on this site, never another host ("//evil", "/\evil"). */
	static String local(String back) {
		return (back != null && back.startsWith("/") && !back.startsWith("//") && back.indexOf('\\') < 0) ? back : "/";
	}

	private record Confirmable(Pattern pattern, String question, List<String> fields) {

		Confirmable(String regex, String question, List<String> fields) {
			this(Pattern.compile(regex), question, fields);
		}

	}

}
