package org.causo.library.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.library.LawFilter;
import org.causo.library.LawLibrary;
import org.causo.shared.NotFoundException;
import org.causo.shared.QrSvg;
import org.causo.shared.web.PublicUrl;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public law library: search and documents, for anyone, without logging in. Nothing
 * about the reader is kept.
 */
@Controller
class LawController {

	/** The documents the front page lists when nothing is searched or filtered. */
	static final int RECENT = 10;

	/** The most documents a filter lists without a query. */
	static final int LISTED = 100;

	/** The longest query read; the rest is ignored. */
	static final int MAX_QUERY = 200;

	private final LawLibrary library;

	private final FilterParams filters;

	private final PublicUrl publicUrl;

	LawController(LawLibrary library, FilterParams filters, PublicUrl publicUrl) {
		this.library = library;
		this.filters = filters;
		this.publicUrl = publicUrl;
	}

	/** Law pages are reading pages: the layout registers the offline reader on them. */
	@ModelAttribute("offlineReading")
	boolean offlineReading() {
		return true;
	}

	@GetMapping("/law")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "issuer", required = false) String issuer,
			@RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "status", required = false) String status, Model model, HttpServletResponse response) {
		String query = (q == null) ? "" : q.strip();
		if (query.length() > MAX_QUERY) {
			query = query.substring(0, MAX_QUERY);
		}
		FilterParams.Read read = this.filters.read(type, issuer, year, status);
		LawFilter filter = read.filter();
		model.addAttribute("q", query);
		model.addAttribute("filter", filter);
		model.addAttribute("choices", this.library.filterChoices());
		if (!read.problems().isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", read.problems());
		}
		else if (!query.isEmpty()) {
			model.addAttribute("results", this.library.search(query, filter));
		}
		else if (!filter.isEmpty()) {
			model.addAttribute("listed", this.library.documents(filter, LISTED));
		}
		else {
			model.addAttribute("recent", this.library.recent(RECENT));
		}
		return "library/law-search";
	}

	@GetMapping("/law/{id}")
	String document(@PathVariable long id, Model model) {
		model.addAttribute("doc", this.library.document(id));
		return "library/law-document";
	}

	/**
	 * The document's public address as a QR code, or an article's with {@code article}
	 * (its anchor, e.g. {@code dieu-3}).
	 */
	@GetMapping("/law/{id}/qr.svg")
	ResponseEntity<String> qr(@PathVariable long id, @RequestParam(name = "article", required = false) String article,
			HttpServletRequest request) {
		if (!this.library.exists(id) || (article != null && !article.matches("(dieu|muc)-[0-9a-z]{1,20}"))) {
			throw new NotFoundException("legal document " + id);
		}
		String url = this.publicUrl.base(request) + "/law/" + id + ((article != null) ? "#" + article : "");
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noCache())
			.body(QrSvg.of(url));
	}

}
