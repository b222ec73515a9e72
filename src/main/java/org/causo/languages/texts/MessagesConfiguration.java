package org.causo.languages.texts;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;

/**
 * Puts the translations typed in the UI in front of the message bundles. The bundles are
 * set up from {@code spring.messages.*} as Spring Boot would; Boot steps back because
 * this bean is named {@code messageSource}.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	TranslatedMessages messageSource(Environment environment) {
		MessageSourceProperties properties = Binder.get(environment)
			.bind("spring.messages", MessageSourceProperties.class)
			.orElseGet(MessageSourceProperties::new);
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames(properties.getBasename().toArray(String[]::new));
		if (properties.getEncoding() != null) {
			bundles.setDefaultEncoding(properties.getEncoding().name());
		}
		bundles.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			bundles.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		bundles.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		bundles.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		TranslatedMessages messages = new TranslatedMessages(bundles);
		messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		return messages;
	}

}
