package org.causo.shared.web;

import java.beans.PropertyEditorSupport;

import org.causo.shared.PlainText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text that reaches a controller goes through {@link PlainText#clean}: form fields
 * and request parameters through a binder editor, JSON strings through a deserializer. So
 * a NUL or another control character is never stored, whichever module receives it.
 */
@ControllerAdvice
class PlainTextInput {

	@InitBinder
	void cleanText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new Editor());
	}

	@Bean
	JacksonModule plainTextStrings() {
		return new SimpleModule("plain-text").addDeserializer(String.class, new Strings());
	}

	/** Form fields and parameters: as typed, without control characters. */
	static final class Editor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(PlainText.clean(text));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	/** JSON strings (and scalars read as strings): without control characters. */
	static final class Strings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			return PlainText.clean(super.deserialize(p, ctxt));
		}

	}

}
