package org.causo.shared;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A client-made id was used before with other content, or a change crossed another: 409,
 * nothing is overwritten. Carries message keys; the API answers a problem detail in the
 * caller's language, pages show the localized 409 page.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

	private final String messageKey;

	private final String titleKey;

	private final transient Object[] args;

	private final transient Map<String, Object> properties;

	protected ConflictException(String messageKey, String titleKey, Map<String, Object> properties, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.titleKey = titleKey;
		this.properties = Map.copyOf(properties);
		this.args = args.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public String titleKey() {
		return this.titleKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

	/** Extra members of the problem detail, such as the id in conflict. */
	public Map<String, Object> properties() {
		return this.properties;
	}

}
