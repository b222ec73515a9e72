package org.causo.identity.login;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.identity.accounts.OfficerStore;
import org.causo.identity.tokens.TokenHash;
import org.causo.identity.tokens.TokenStore;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} with a personal API token, for this
 * request only, on the JSON API and the documents machines read (never on pages). A token
 * stands for a full login: it was made after one; it expires, and a reset or a disabled
 * account revokes it.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final TokenStore tokens;

	private final OfficerStore officers;

	private final OfficerDetailsService details;

	ApiTokenFilter(TokenStore tokens, OfficerStore officers, OfficerDetailsService details) {
		this.tokens = tokens;
		this.officers = officers;
		this.details = details;
	}

	/**
	 * Tokens open the JSON API and the two documents machines read (the API description
	 * and the Prometheus metrics), never a page: a stolen token must not reach the admin
	 * forms.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return !(path.startsWith("/api/") || path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/")
				|| path.equals("/actuator/prometheus"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = header.substring(7).strip();
			this.tokens.officerOf(TokenHash.of(token))
				.flatMap(this.officers::findById)
				.map(this.details::principal)
				// a login lock stops password guesses, not the officer's own token
				.filter((p) -> p.isEnabled())
				.ifPresent((principal) -> {
					principal.eraseCredentials();
					var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null,
							List.of(new SimpleGrantedAuthority(principal.role().authority())));
					var context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(auth);
					SecurityContextHolder.setContext(context);
				});
		}
		chain.doFilter(request, response);
	}

}
