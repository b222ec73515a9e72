package org.causo.fieldwork;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.causo.registry.SurveyConflictException;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a device's queued field events, up to {@value #MAX} of mixed kinds in one
 * request, and acknowledges each. One transaction for the batch, one savepoint per event:
 * a bad event is refused alone, and replaying the batch changes nothing.
 */
@Service
@Transactional
public class Sync {

	public static final int MAX = 1000;

	private final Skills skills;

	private final Assignments assignments;

	private final Visits visits;

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	Sync(Skills skills, Assignments assignments, Visits visits, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		this.skills = skills;
		this.assignments = assignments;
		this.visits = visits;
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Applies the events in order. Each is a {@link ReachDraft}, {@link RevokeDraft},
	 * {@link AssignmentDraft} or {@link VisitDraft}; anything else (null for an event the
	 * caller could not read) is acknowledged INVALID.
	 */
	public List<Ack> apply(Scope scope, List<?> events) {
		if (events.size() > MAX) {
			throw InvalidInputException.of("events", "fieldwork.error.batch.size", MAX);
		}
		Set<UUID> known = known(events.stream().map(Sync::idOf).filter(Objects::nonNull).toList());
		List<Ack> acks = new ArrayList<>(events.size());
		for (int i = 0; i < events.size(); i++) {
			acks.add(applyOne(scope, i, events.get(i), known));
		}
		return acks;
	}

	private Ack applyOne(Scope scope, int index, Object event, Set<UUID> known) {
		UUID id = idOf(event);
		String kind = kindOf(event);
		if (kind == null) {
			return new Ack(index, null, null, "INVALID",
					List.of(new InvalidInputException.Problem(null, "fieldwork.error.event")));
		}
		try {
			this.savepoint.executeWithoutResult((status) -> dispatch(scope, event));
			boolean replayed = id != null && !known.add(id);
			return new Ack(index, id, kind, replayed ? "REPLAYED" : "STORED", null);
		}
		catch (FieldEventConflictException | SurveyConflictException ex) {
			return new Ack(index, id, kind, "CONFLICT", null);
		}
		catch (InvalidInputException ex) {
			return new Ack(index, id, kind, "INVALID", ex.problems());
		}
		catch (NotFoundException ex) {
			return new Ack(index, id, kind, "NOT_FOUND", null);
		}
		catch (AccessDeniedException ex) {
			return new Ack(index, id, kind, "FORBIDDEN", null);
		}
	}

	private void dispatch(Scope scope, Object event) {
		switch (event) {
			case ReachDraft d -> this.skills.reach(scope, d);
			case RevokeDraft d -> this.skills.revoke(scope, d);
			case AssignmentDraft d -> this.assignments.assign(scope, d);
			case VisitDraft d -> this.visits.record(scope, d);
			default -> throw new IllegalArgumentException("not a field event");
		}
	}

	private Set<UUID> known(List<UUID> ids) {
		if (ids.isEmpty()) {
			return new HashSet<>();
		}
		return new HashSet<>(this.jdbc.sql("select id from field_event where id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

	static String kindOf(Object event) {
		return switch (event) {
			case ReachDraft d -> "SKILL_REACHED";
			case RevokeDraft d -> "SKILL_REVOKED";
			case AssignmentDraft d -> "ASSIGNMENT";
			case VisitDraft d -> "VISIT";
			case null, default -> null;
		};
	}

	static UUID idOf(Object event) {
		return switch (event) {
			case ReachDraft d -> d.id();
			case RevokeDraft d -> d.id();
			case AssignmentDraft d -> d.id();
			case VisitDraft d -> d.id();
			case null, default -> null;
		};
	}

}
