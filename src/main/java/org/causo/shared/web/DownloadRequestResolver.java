package org.causo.shared.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Fills a {@link DownloadRequest} parameter from the request. */
@Configuration(proxyBeanMethods = false)
class DownloadRequestResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	private final Clock clock;

	DownloadRequestResolver(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == DownloadRequest.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		// the method writes the file itself: no view after it (as with a response
		// parameter)
		if (mavContainer != null) {
			mavContainer.setRequestHandled(true);
		}
		return new DownloadRequest(request.getParameter("format"), request.getHeader(HttpHeaders.ACCEPT),
				request.getNativeResponse(HttpServletResponse.class), this.clock);
	}

}
