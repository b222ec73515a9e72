package org.causo.fieldwork.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.fieldwork.Ack;
import org.causo.fieldwork.AssignmentDraft;
import org.causo.fieldwork.ReachDraft;
import org.causo.fieldwork.RevokeDraft;
import org.causo.fieldwork.Sync;
import org.causo.fieldwork.VisitDraft;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.web.Allowed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sync endpoint: a device sends its queue of field events and gets an answer for
 * each.
 */
@RestController
@RequestMapping("/api/fieldwork")
@Tag(name = "Fieldwork: sync", description = "A device's queued field events, up to 1,000 in one request")
@PreAuthorize(Allowed.FIELD)
class SyncApiController {

	private static final Map<String, Class<?>> KINDS = Map.of("SKILL_REACHED", ReachDraft.class, "SKILL_REVOKED",
			RevokeDraft.class, "ASSIGNMENT", AssignmentDraft.class, "VISIT", VisitDraft.class);

	private final Sync sync;

	private final JsonMapper json;

	private final MessageSource messages;

	SyncApiController(Sync sync, JsonMapper json, MessageSource messages) {
		this.sync = sync;
		this.json = json;
		this.messages = messages;
	}

	@PostMapping("/events")
	@Operation(summary = "Send up to 1,000 queued field events of mixed kinds; each is acknowledged",
			description = "Body: {\"events\": [{\"kind\": \"SKILL_REACHED\", \"id\": \"…\", \"residentId\": 1, …}, …]} "
					+ "with kind SKILL_REACHED, SKILL_REVOKED, ASSIGNMENT or VISIT and the fields of the single "
					+ "endpoints. Each event gets STORED, REPLAYED (already known, same content), CONFLICT (same id, "
					+ "other content), INVALID (with messages), NOT_FOUND or FORBIDDEN. A device drops the events "
					+ "STORED or REPLAYED from its queue. Sending the same batch again changes nothing.")
	Batch events(@AuthenticationPrincipal Actor actor, @RequestBody JsonNode body, Locale locale) {
		JsonNode events = body.get("events");
		if (events == null || !events.isArray()) {
			throw InvalidInputException.of("events", "fieldwork.error.batch.events");
		}
		if (events.size() > Sync.MAX) {
			throw InvalidInputException.of("events", "fieldwork.error.batch.size", Sync.MAX);
		}
		List<Object> drafts = new ArrayList<>(events.size());
		for (JsonNode event : events) {
			drafts.add(read(event));
		}
		List<AckView> acks = this.sync.apply(actor.scope(), drafts).stream().map((a) -> view(a, locale)).toList();
		return new Batch(acks.size(), (int) acks.stream().filter((a) -> "STORED".equals(a.status())).count(),
				(int) acks.stream().filter((a) -> "REPLAYED".equals(a.status())).count(),
				(int) acks.stream().filter((a) -> !a.done()).count(), acks);
	}

	/** The draft of one event, or null when it cannot be read. */
	private Object read(JsonNode event) {
		if (!(event instanceof ObjectNode node) || !KINDS.containsKey(node.path("kind").asString(""))) {
			return null;
		}
		ObjectNode copy = node.deepCopy();
		copy.remove("kind");
		try {
			return this.json.treeToValue(copy, KINDS.get(node.get("kind").asString()));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private AckView view(Ack ack, Locale locale) {
		return new AckView(ack.index(), ack.id(), ack.kind(), ack.status(), ack.done(),
				ack.problems()
					.stream()
					.map((p) -> this.messages.getMessage(p.messageKey(), p.args(), locale))
					.toList());
	}

	/**
	 * The answer to a batch.
	 *
	 * @param received events received
	 * @param stored events new to the server
	 * @param replayed events the server already had
	 * @param refused events to keep in the queue or show to the user
	 * @param acks one answer per event, in order
	 */
	record Batch(int received, int stored, int replayed, int refused, List<AckView> acks) {

	}

	/**
	 * One event's answer.
	 *
	 * @param index position in the batch
	 * @param id the event's id
	 * @param kind its kind
	 * @param status STORED, REPLAYED, CONFLICT, INVALID, NOT_FOUND or FORBIDDEN
	 * @param done whether the device may drop it from its queue
	 * @param errors what is wrong, in the caller's language
	 */
	record AckView(int index, UUID id, String kind, String status, boolean done, List<String> errors) {

	}

}
