package org.causo.shared.web.api;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Fills a record marked {@link ParameterObject} (such as {@link Paging}) from the query,
 * one query parameter per component, as {@code @RequestParam(required = false)} would: an
 * absent number or flag is 0 or false, and a value of the wrong type throws the same
 * exception, so the error advice answers 400 naming the parameter in the caller's
 * language (a model attribute would answer a bare binding error instead).
 */
@Configuration(proxyBeanMethods = false)
class QueryRecordResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type.isRecord() && type.isAnnotationPresent(ParameterObject.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) throws Exception {
		RecordComponent[] components = parameter.getParameterType().getRecordComponents();
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			String name = components[i].getName();
			Class<?> type = components[i].getType();
			String value = request.getParameter(name);
			try {
				// an empty value is an absent one, except for text (as with
				// @RequestParam)
				values[i] = binderFactory.createBinder(request, null, name)
					.convertIfNecessary((type != String.class && "".equals(value)) ? null : value, type, parameter);
			}
			catch (TypeMismatchException ex) {
				throw new MethodArgumentTypeMismatchException(value, type, name, parameter, ex.getCause());
			}
		}
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		return BeanUtils.instantiateClass(parameter.getParameterType().getDeclaredConstructor(types), values);
	}

}
