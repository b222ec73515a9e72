package org.causo.library.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.causo.library.Assessments;
import org.causo.library.GuideMedia;
import org.causo.library.GuideReader;
import org.causo.shared.NotFoundException;
import org.causo.shared.QrSvg;
import org.causo.shared.web.PublicUrl;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public guides: the list, each guide in the reader's language, its QR code and its
 * pictures and recordings. No login, no JavaScript needed, no cookie; an opening is
 * counted per day and language, nothing more.
 */
@Controller
class GuideController {

	/** A media name: the SHA-256 of its bytes, so it can be cached for good. */
	private static final String MEDIA = "[0-9a-f]{64}\\.(webp|weba|opus|m4a|aac)";

	private final GuideReader guides;

	private final Assessments assessments;

	private final PublicUrl publicUrl;

	GuideController(GuideReader guides, Assessments assessments, PublicUrl publicUrl) {
		this.guides = guides;
		this.assessments = assessments;
		this.publicUrl = publicUrl;
	}

	/** Guides are reading pages: the layout registers the offline reader on them. */
	@ModelAttribute("offlineReading")
	boolean offlineReading() {
		return true;
	}

	@GetMapping("/guides")
	String list(Model model) {
		model.addAttribute("guides", this.guides.published(language()));
		return "library/guide-list";
	}

	@GetMapping("/guides/{slug}")
	String guide(@PathVariable String slug, Model model) {
		model.addAttribute("guide", this.guides.open(slug, language()));
		model.addAttribute("checks", this.assessments.selfChecksAfter(slug));
		return "library/guide-page";
	}

	@GetMapping("/guides/{slug}/qr.svg")
	ResponseEntity<String> qr(@PathVariable String slug, HttpServletRequest request) {
		this.guides.read(slug, language());
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noCache())
			.body(QrSvg.of(this.publicUrl.base(request) + "/guides/" + slug));
	}

	@GetMapping("/guides/media/{name}")
	ResponseEntity<byte[]> media(@PathVariable String name) {
		if (!name.matches(MEDIA)) {
			throw new NotFoundException("guide media " + name);
		}
		GuideMedia media = this.guides.media(name).orElseThrow(() -> new NotFoundException("guide media " + name));
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf(media.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(media.bytes());
	}

	private static String language() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

}
