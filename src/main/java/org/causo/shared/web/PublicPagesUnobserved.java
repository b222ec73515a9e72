package org.causo.shared.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * No metric, timer or trace is made for the reporters' pages: a monitoring system scrapes
 * every few seconds, so even a plain request counter would date each tip to the scrape.
 */
@Configuration(proxyBeanMethods = false)
class PublicPagesUnobserved {

	/**
	 * Nothing is observed while a reporter's request is served: the request itself (its
	 * context carries the request), and what runs inside it (security filters, database
	 * calls), found through the request bound to the thread.
	 */
	@Bean
	ObservationPredicate noObservationOfReporters() {
		return (name, context) -> {
			if (context instanceof ServerRequestObservationContext server) {
				return !SupportedLocaleOnly.isAnonymousPage(server.getCarrier());
			}
			return !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
					&& SupportedLocaleOnly.isAnonymousPage(attributes.getRequest()));
		};
	}

	/** A second guard: a request meter whose address is a reporter's page is dropped. */
	@Bean
	MeterFilter noMetersOfReporters() {
		return MeterFilter.deny(PublicPagesUnobserved::namesAReportersPage);
	}

	static boolean namesAReportersPage(Meter.Id id) {
		String uri = id.getTag("uri");
		return id.getName().startsWith("http.server.requests") && uri != null
				&& SupportedLocaleOnly.isAnonymousPath(uri);
	}

}
