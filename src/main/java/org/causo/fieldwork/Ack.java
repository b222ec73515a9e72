package org.causo.fieldwork;

import java.util.List;
import java.util.UUID;

import org.causo.shared.InvalidInputException.Problem;

/**
 * The server's answer to one queued event of a batch.
 *
 * @param index the event's position in the batch
 * @param id the event's id, when it had one
 * @param kind the event's kind
 * @param status STORED (new), REPLAYED (known, same content), CONFLICT (known, other
 * content), INVALID, NOT_FOUND (outside the scope or unknown), FORBIDDEN (the role may
 * not)
 * @param problems what is wrong, for INVALID (message keys, localized by the API)
 */
public record Ack(int index, UUID id, String kind, String status, List<Problem> problems) {

	public Ack {
		problems = (problems != null) ? List.copyOf(problems) : List.of();
	}

	/** Whether the device may drop the event from its queue: the server has it. */
	public boolean done() {
		return "STORED".equals(this.status) || "REPLAYED".equals(this.status);
	}

}
