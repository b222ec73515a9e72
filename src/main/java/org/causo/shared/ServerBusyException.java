package org.causo.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The server has no room for this work right now; trying again later will do. */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class ServerBusyException extends RuntimeException {

	public ServerBusyException() {
		super("busy");
	}

}
