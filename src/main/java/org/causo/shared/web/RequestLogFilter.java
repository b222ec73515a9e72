package org.causo.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
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
 * anonymous reporters' pages, whose exact time must not be recorded anywhere, nor for a
 * browser that carries no cookie and no token: a reporter's phone asking for an icon or a
 * page that does not exist. A failure on a reporter's page is answered with the error
 * page here, before the servlet container would log it with the page's address.
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
		if (SupportedLocaleOnly.isAnonymousPath(path)) {
			quietly(request, response, chain);
			return;
		}
		if (UNLOGGED_PREFIXES.stream().anyMatch(path::startsWith) || isStranger(request)) {
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

	/**
	 * Officers' browsers carry the session cookie from the login page on; API clients a
	 * token.
	 */
	private static boolean isStranger(HttpServletRequest request) {
		return request.getHeader("Cookie") == null && request.getHeader("Authorization") == null;
	}

	/**
	 * A reporter's page whose failure escaped the controllers (a filter, the page's
	 * rendering) gets the error page, and the exception goes nowhere.
	 */
	private static void quietly(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		try {
			chain.doFilter(request, response);
		}
		// also an OutOfMemoryError under a flood: Tomcat would log it with the address
		catch (Throwable ex) {
			if (!response.isCommitted()) {
				// named as the failure, so that the error page's dispatch does not parse
				// a
				// broken upload a second time (and fail where Tomcat logs it)
				request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
				response.reset();
				response.sendError(PublicErrorAdvice.statusOf(ex).value());
			}
		}
	}

}
