package org.causo.training.attendance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.causo.registry.Criterion;
import org.causo.registry.ResidentQuery;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * The residents enrolled in a class, read from the registry 200 at a time through its
 * cursor (a class has a few hundred at most), so the roll can show names and households.
 */
@Component
public class AttendeeNames {

	private static final int CHUNK = 200;

	private final Residents residents;

	AttendeeNames(Residents residents) {
		this.residents = residents;
	}

	/** The class's residents the scope sees, by id. */
	public Map<Long, ResidentView> of(Scope scope, long classId) {
		Map<Long, ResidentView> byId = new HashMap<>();
		String after = null;
		do {
			var chunk = this.residents.search(scope,
					new ResidentQuery(null, null, null, null, null, true, List.of(new Criterion(
							"r.id in (select resident_id from training_attendance where class_id = :trainingClass)",
							Map.of("trainingClass", classId)))),
					after, CHUNK);
			byId.putAll(chunk.items().stream().collect(Collectors.toMap(ResidentView::id, Function.identity())));
			after = chunk.next();
		}
		while (after != null);
		return byId;
	}

}
