package org.causo.registry.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.causo.shared.web.Allowed;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security on the import upload and refuses, without reading the body,
 * whoever is not a logged-in importer, and any body declared larger than the limit.
 * Otherwise the CSRF filter, looking for its token among the form fields, would have
 * Tomcat parse the whole multipart body with this servlet's 1 GB limit and spool it to
 * the data disk before anyone checked who sent it. The answers are redirects, as the
 * upload servlet gives, and the connection is closed instead of read to its end.
 */
class ImportUploadGuard extends OncePerRequestFilter {

	/**
	 * The authorities of {@link Allowed#COMMAND}, who may import: this guard runs before
	 * Spring Security, so it reads the session's authorities itself.
	 */
	static final Set<String> IMPORTERS = Set.of("ROLE_PROVINCE_ADMIN", "ROLE_POST_COMMANDER");

	private final long maxBytes;

	ImportUploadGuard(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication officer = authentication(request.getSession(false));
		if (officer != null && importer(officer) && request.getContentLengthLong() <= this.maxBytes) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Connection", "close");
		if (officer == null) {
			response.sendRedirect(request.getContextPath() + "/login");
		}
		else if (!importer(officer)) {
			// the import page answers them with the localized 403 page (the error page's
			// dispatch would parse the body with this servlet's limits)
			response.sendRedirect(request.getContextPath() + "/registry/import");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/registry/import?tooLarge");
		}
	}

	/** Who the session says is logged in (sessions are read before Spring Security). */
	private static Authentication authentication(HttpSession session) {
		Object context = (session != null)
				? session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) : null;
		Authentication authentication = (context instanceof SecurityContext security) ? security.getAuthentication()
				: null;
		return (authentication != null && authentication.isAuthenticated()) ? authentication : null;
	}

	private static boolean importer(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(IMPORTERS::contains);
	}

}
