package org.causo.identity.login;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.identity.Role;
import org.causo.identity.accounts.OfficerStore;
import org.causo.identity.keys.KeyPairs;
import org.causo.identity.tokens.TokenStore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the JSON API under {@code /api/} with bearer tokens and no session,
 * and the pages with form login (its password checks throttled), TOTP steps and CSRF.
 * Both send strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * Pages and files anyone may open: login, assets, errors, health, the reporters'
	 * mailboxes, the law library and the code of conduct.
	 */
	static final String[] PUBLIC = { "/login", "/assets/**", "/webjars/**", "/favicon.ico", "/error",
			"/actuator/health", "/actuator/health/**", "/q/**", "/r", "/r/**", "/law", "/law/**", "/guides",
			"/guides/**",
			// the code of conduct, as soldiers open it from a QR code (not its read marks
			// or the command's list)
			"/conduct", "/conduct/v/*", "/conduct/qr.svg" };

	@Bean
	PasswordEncoder passwordEncoder() {
		// OWASP minimum for Argon2id: 19 MiB, 2 iterations, 1 lane
		return new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
	}

	/** Used inside the security chains only, not as a servlet filter of its own. */
	@Bean
	ApiTokenFilter apiTokenFilter(TokenStore tokens, OfficerStore officers, OfficerDetailsService details) {
		return new ApiTokenFilter(tokens, officers, details);
	}

	@Bean
	FilterRegistrationBean<ApiTokenFilter> apiTokenFilterRegistration(ApiTokenFilter filter) {
		FilterRegistrationBean<ApiTokenFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * The shared budget of password checks on the login form
	 * ({@code causo.login.checks-per-second}); inside the pages chain only.
	 */
	@Bean
	LoginThrottle loginThrottle(@Value("${causo.login.checks-per-second:10}") long perSecond, Clock clock) {
		return new LoginThrottle(perSecond, clock);
	}

	@Bean
	FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle filter) {
		FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	/**
	 * The reporters' pages: no session, no CSRF token (the form carries its own signed
	 * token), no cookie of any kind.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain anonymousMailbox(HttpSecurity http) throws Exception {
		// the residents' self-check is as anonymous as a reporter's form
		http.securityMatcher("/q/**", "/r", "/r/**", "/check/**")
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((c) -> c.disable())
			.requestCache((c) -> c.disable())
			.securityContext((c) -> c.requireExplicitSave(true))
			.anonymous((a) -> a.disable())
			.authorizeHttpRequests((a) -> a.anyRequest().permitAll());
		headers(http);
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenFilter tokens, MessageSource messages, LocaleResolver locales)
			throws Exception {
		http.securityMatcher("/api/**")
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((c) -> c.disable())
			.requestCache((c) -> c.disable())
			.addFilterBefore(tokens, AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((a) -> a.anyRequest().hasAnyRole(Role.names()))
			.exceptionHandling((e) -> e
				.authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
						messages.getMessage("error.401.title", null, locales.resolveLocale(req))))
				.accessDeniedHandler((req, res, ex) -> problem(res, HttpStatus.FORBIDDEN,
						messages.getMessage("error.403.title", null, locales.resolveLocale(req)))));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ApiTokenFilter tokens, LoginThrottle throttle, LoginHandlers handlers,
			SecurityContextRepository contexts) throws Exception {
		// the token filter here serves only the machine-read documents (API docs,
		// metrics):
		// a bearer token never opens a page or a form (ApiTokenFilter#shouldNotFilter)
		http.securityContext((c) -> c.securityContextRepository(contexts))
			.addFilterBefore(tokens, AnonymousAuthenticationFilter.class)
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests((a) -> a.requestMatchers(PUBLIC)
				.permitAll()
				.requestMatchers("/login/totp")
				.hasRole("STEP_" + LoginSteps.Step.TOTP.name())
				.requestMatchers("/account/password")
				.hasAnyRole(withStep(LoginSteps.Step.PASSWORD))
				.requestMatchers("/account/totp", "/account/totp/**")
				.hasAnyRole(withStep(LoginSteps.Step.ENROL))
				.requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/actuator/**")
				.hasRole(Role.PROVINCE_ADMIN.name())
				.requestMatchers("/logout")
				.authenticated()
				.anyRequest()
				.hasAnyRole(Role.names()))
			.formLogin((f) -> f.loginPage("/login").successHandler(handlers).failureHandler(handlers).permitAll())
			.logout((l) -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies(KeyPairs.COOKIE))
			.headers((h) -> h.cacheControl((c) -> {
			}));
		headers(http);
		return http.build();
	}

	private static String[] withStep(LoginSteps.Step step) {
		String[] roles = Role.names();
		String[] all = java.util.Arrays.copyOf(roles, roles.length + 1);
		all[roles.length] = "STEP_" + step.name();
		return all;
	}

	/**
	 * HSTS is written on secure requests only, which behind nginx means
	 * "X-Forwarded-Proto: https from a trusted proxy" (application.properties). One year;
	 * not for subdomains, which the command's domain may use for other services.
	 */
	private static void headers(HttpSecurity http) throws Exception {
		http.headers((h) -> h.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
			.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(false))
			.frameOptions((f) -> f.deny())
			.referrerPolicy((r) -> r.policy(ReferrerPolicy.NO_REFERRER))
			.permissionsPolicyHeader((p) -> p.policy("camera=(), microphone=(), geolocation=()")));
	}

	private static void problem(HttpServletResponse res, HttpStatus status, String title) throws IOException {
		res.setStatus(status.value());
		res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		res.setCharacterEncoding("UTF-8");
		res.getWriter().write("{\"status\":" + status.value() + ",\"title\":\"" + title.replace("\"", "'") + "\"}");
	}

}
