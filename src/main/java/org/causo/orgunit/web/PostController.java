package org.causo.orgunit.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.PostDraft;
import org.causo.orgunit.UnitKind;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;
import org.causo.shared.web.pages.ListPages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for border posts: listed within scope, edited by province admins. */
@Controller
class PostController {

	private final BorderPosts posts;

	private final OrgUnits units;

	PostController(BorderPosts posts, OrgUnits units) {
		this.posts = posts;
		this.units = units;
	}

	@GetMapping("/posts")
	String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("q", q);
		model.addAttribute("archived", archived);
		model.addAttribute("page", this.posts.search(actor.scope(), q, archived, ListPages.page(page)));
		return "orgunit/posts";
	}

	@GetMapping("/posts/{id}")
	String show(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("post", this.posts.get(actor.scope(), id));
		return "orgunit/post";
	}

	@GetMapping("/posts/new")
	@PreAuthorize(Allowed.ADMINS)
	String newForm(@AuthenticationPrincipal Actor actor, Model model) {
		return form(actor, model, new PostDraft(null, null, null, List.of()), null);
	}

	@PostMapping("/posts")
	@PreAuthorize(Allowed.ADMINS)
	String create(@AuthenticationPrincipal Actor actor, PostDraft form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return FormErrors.saveOrShow(() -> "/posts/" + this.posts.create(actor.scope(), form).id(),
				() -> form(actor, model, form, null), model, response, redirect);
	}

	@GetMapping("/posts/{id}/edit")
	@PreAuthorize(Allowed.ADMINS)
	String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		BorderPost post = this.posts.get(actor.scope(), id);
		return form(actor, model, new PostDraft(post.code(), post.name(), post.provinceId(),
				post.communes().stream().map(OrgUnit::id).toList()), post);
	}

	@PostMapping("/posts/{id}")
	@PreAuthorize(Allowed.ADMINS)
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, PostDraft form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		BorderPost post = this.posts.get(actor.scope(), id);
		return FormErrors.saveOrShow(() -> "/posts/" + this.posts.update(actor.scope(), id, form).id(),
				() -> form(actor, model, form, post), model, response, redirect);
	}

	@PostMapping("/posts/{id}/archive")
	@PreAuthorize(Allowed.ADMINS)
	String archive(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "true") boolean archived, RedirectAttributes redirect) {
		this.posts.setArchived(actor.scope(), id, archived);
		return FormErrors.saved(redirect, "/posts/" + id);
	}

	private String form(Actor actor, Model model, PostDraft form, BorderPost post) {
		model.addAttribute("form", form);
		model.addAttribute("post", post);
		model.addAttribute("provinces", this.units.list(actor.scope(), UnitKind.PROVINCE));
		model.addAttribute("communes", this.units.list(actor.scope(), UnitKind.COMMUNE));
		return "orgunit/post-form";
	}

}
