package org.causo.library.web;

import org.causo.library.LawLibrary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public law library: search and documents, for anyone, without logging in. Nothing
 * about the reader is kept.
 */
@Controller
class LawController {

	/** The documents the front page lists when nothing is searched. */
	static final int RECENT = 10;

	/** The longest query read; the rest is ignored. */
	static final int MAX_QUERY = 200;

	private final LawLibrary library;

	LawController(LawLibrary library) {
		this.library = library;
	}

	@GetMapping("/law")
	String search(@RequestParam(name = "q", required = false) String q, Model model) {
		String query = (q == null) ? "" : q.strip();
		if (query.length() > MAX_QUERY) {
			query = query.substring(0, MAX_QUERY);
		}
		model.addAttribute("q", query);
		if (query.isEmpty()) {
			model.addAttribute("recent", this.library.recent(RECENT));
		}
		else {
			model.addAttribute("results", this.library.search(query));
		}
		return "library/law-search";
	}

	@GetMapping("/law/{id}")
	String document(@PathVariable long id, Model model) {
		model.addAttribute("doc", this.library.document(id));
		return "library/law-document";
	}

}
