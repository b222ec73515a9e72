package org.causo.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.causo.shared.PublicLanguages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language comes from {@code ?lang=}, then the remembered choice (a cookie set only when
 * the user picks a language), then {@code Accept-Language}; Vietnamese when none of them
 * names a language we have. The public pages also speak the languages admins added and
 * translated enough ({@link PublicLanguages}).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** A language chosen on a reporter's page, for this request only. */
	static final String REQUEST_LOCALE = LocaleConfiguration.class.getName() + ".requestLocale";

	static final List<Locale> SUPPORTED = org.causo.shared.Languages.OFFERED;

	private final ObjectProvider<PublicLanguages> languages;

	LocaleConfiguration(ObjectProvider<PublicLanguages> languages) {
		this.languages = languages;
	}

	private PublicLanguages languages() {
		return this.languages.getIfAvailable(() -> PublicLanguages.BUILT_IN);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("causo-lang") {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				Object chosen = request.getAttribute(REQUEST_LOCALE);
				Locale locale = (chosen instanceof Locale given) ? given : super.resolveLocale(request);
				// a remembered added language is for the public pages, and only while it
				// is offered
				return SupportedLocaleOnly.speaks(request, locale, languages()) ? locale : fromAcceptLanguage(request);
			}

		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(LocaleConfiguration::fromAcceptLanguage);
		return resolver;
	}

	static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (match != null) {
					return match;
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header is treated as no header
			}
		}
		return VIETNAMESE;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		// asked at each request, not now: the catalogue is not made yet
		registry.addInterceptor(new SupportedLocaleOnly(interceptor, () -> languages().offered()));
	}

}
