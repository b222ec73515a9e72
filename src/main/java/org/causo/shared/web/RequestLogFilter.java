package org.causo.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per officer request: method, path, status and duration. It never writes an
 * IP address, a user agent or a query string, and it writes nothing at all for the
 * anonymous reporters' pages, whose exact time must not be recorded anywhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLogFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("org.causo.request");

	/** Reporter-facing and static paths: not logged. */
	static final List<String> UNLOGGED_PREFIXES = List.of("/q/", "/r/", "/assets/", "/webjars/", "/favicon",
			"/actuator/");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		if (path.equals("/r") || UNLOGGED_PREFIXES.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
			return;
		}
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			long millis = (System.nanoTime() - start) / 1_000_000;
			log.info("{} {} {} {}ms", request.getMethod(), path, response.getStatus(), millis);
		}
	}

}
