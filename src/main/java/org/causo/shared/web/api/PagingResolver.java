package org.causo.shared.web.api;

import java.util.List;

import org.causo.shared.PageOf;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.NumberUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Fills a {@link Paging} parameter from the query. A value that is not a number throws
 * the same exception as a wrong {@code @RequestParam}, so the error advice answers 400
 * naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class PagingResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Paging.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		return new Paging(number(request, parameter, "page", 0),
				number(request, parameter, "size", PageOf.DEFAULT_SIZE));
	}

	private static int number(NativeWebRequest request, MethodParameter parameter, String name, int otherwise) {
		String value = request.getParameter(name);
		if (value == null || value.isEmpty()) {
			return otherwise;
		}
		try {
			return NumberUtils.parseNumber(value, Integer.class);
		}
		catch (IllegalArgumentException ex) {
			throw new MethodArgumentTypeMismatchException(value, int.class, name, parameter, ex);
		}
	}

}
