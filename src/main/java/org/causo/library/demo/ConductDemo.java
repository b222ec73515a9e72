package org.causo.library.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.library.CodeOfConduct;
import org.causo.library.ImportFormat;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.shared.DemoLoader;
import org.causo.shared.Scope;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Publishes the sample code of conduct in {@code library/conduct/} (see the README there:
 * no real text was available) through the product's import, and marks it read by each
 * post's commander, so that the command's list shows some who have read it and some who
 * have not. Nothing is done when a version is already published.
 */
@Component
class ConductDemo implements DemoLoader {

	static final String SAMPLE = "library/conduct/quy-tac-ung-xu-mau.txt";

	private final CodeOfConduct conduct;

	private final BorderPosts posts;

	private final Officers officers;

	ConductDemo(CodeOfConduct conduct, BorderPosts posts, Officers officers) {
		this.conduct = conduct;
		this.posts = posts;
		this.officers = officers;
	}

	@Override
	public boolean loaded() {
		return this.conduct.current().isPresent();
	}

	@Override
	public String load() {
		int version = this.conduct.publish("", sample(), ImportFormat.TEXT);
		int marks = 0;
		for (BorderPost post : this.posts.list(Scope.all())) {
			for (long commander : this.officers.activeOfficersAt(post.id(), List.of(Role.POST_COMMANDER))) {
				this.conduct.markRead(commander, version);
				marks++;
			}
		}
		return "code of conduct version " + version + ", " + marks + " read marks";
	}

	private static String sample() {
		try {
			return new ClassPathResource(SAMPLE).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
