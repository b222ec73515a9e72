package org.causo.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at /v3/api-docs: its real name and version, and the personal API
 * token (Authorization: Bearer, made on the account page) as its security scheme, so that
 * the Swagger UI offers "Authorize".
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String TOKEN = "apiToken";

	@Bean
	OpenAPI causoApi(@Value("${causo.version:dev}") String version) {
		return new OpenAPI()
			.info(new Info().title("Cầu Số API")
				.version(version)
				.description("Personal API tokens are made on the account page (/account) and sent as "
						+ "'Authorization: Bearer <token>'."))
			.components(new Components().addSecuritySchemes(TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("Personal API token")))
			.addSecurityItem(new SecurityRequirement().addList(TOKEN));
	}

}
