package org.causo.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.Scope;
import org.causo.training.attendance.AttendanceStore;
import org.causo.training.attendance.AttendeeNames;
import org.causo.training.attendance.WalkIns;
import org.causo.training.classes.ClassTopics;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended a class: events with a client-made id (DESIGN §4), each resident once,
 * never more than the class's places. Sending an event again changes nothing; its id with
 * other content is a conflict. Marking the class's skills publishes
 * {@link ClassSkillsReached} for fieldwork.
 */
@Service
@Transactional
public class Attendances {

	private final AttendanceStore store;

	private final TrainingClasses classes;

	private final Residents residents;

	private final AttendeeNames names;

	private final WalkIns walkIns;

	private final ClassTopics topics;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Attendances(AttendanceStore store, TrainingClasses classes, Residents residents, AttendeeNames names,
			WalkIns walkIns, ClassTopics topics, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.classes = classes;
		this.residents = residents;
		this.names = names;
		this.walkIns = walkIns;
		this.topics = topics;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A registered resident attended; returns the stored event (the earlier one on a
	 * replay).
	 */
	public AttendanceView enrol(Scope scope, long classId, AttendanceDraft d) {
		ClassView c = this.classes.find(scope, classId);
		if (d.id() == null || d.residentId() == null) {
			throw InvalidInputException.of((d.id() == null) ? "id" : "residentId",
					(d.id() == null) ? "attendance.error.id" : "attendance.error.resident");
		}
		Optional<AttendanceView> replay = this.store.attendance(d.id());
		if (replay.isPresent()) {
			if (replay.get().classId() != classId || replay.get().residentId() != d.residentId()
					|| replay.get().walkIn()) {
				throw new AttendanceConflictException();
			}
			return replay.get();
		}
		ResidentView resident = this.residents.get(scope, d.residentId());
		if (resident.archived()) {
			throw InvalidInputException.of("residentId", "attendance.error.archived");
		}
		checkRoom(c, resident.id());
		return insert(d.id(), c, resident, null);
	}

	/** Someone not yet registered attended: registered on the spot, then recorded. */
	public AttendanceView walkIn(Scope scope, long classId, WalkInDraft d) {
		ClassView c = this.classes.find(scope, classId);
		if (d.id() == null) {
			throw InvalidInputException.of("id", "attendance.error.id");
		}
		Optional<AttendanceView> replay = this.store.attendance(d.id());
		if (replay.isPresent()) {
			String name = org.causo.shared.SearchKey.clean(d.fullName());
			if (replay.get().classId() != classId
					|| !this.store.walkInName(d.id()).map((n) -> n.equals(name)).orElse(false)) {
				throw new AttendanceConflictException();
			}
			return replay.get();
		}
		checkRoom(c, null);
		ResidentView resident = this.walkIns.register(scope, c, d);
		return insert(d.id(), c, resident, resident.fullName());
	}

	private void checkRoom(ClassView c, Long residentId) {
		this.store.lock(c.id());
		if (residentId != null && this.store.attends(c.id(), residentId)) {
			throw InvalidInputException.of("residentId", "attendance.error.duplicate");
		}
		if (this.store.attendances(c.id()).size() >= c.capacity()) {
			throw InvalidInputException.of(null, "attendance.error.full", c.capacity());
		}
	}

	private AttendanceView insert(java.util.UUID id, ClassView c, ResidentView resident, String walkInName) {
		this.store.insertAttendance(id, c.id(), resident.id(), resident.householdId(), walkInName,
				CurrentActor.username());
		this.audit.record((walkInName != null) ? "CLASS_WALK_IN_RECORDED" : "CLASS_ATTENDANCE_RECORDED",
				"training_class", c.id(), "attendance=" + id + ", resident=" + resident.id());
		this.events.publishEvent(new AttendanceRecorded(id, c.id(), resident.id(), c.startsAt().toLocalDate()));
		return this.store.attendance(id).orElseThrow();
	}

	/** Attendances of a class with the residents' names, in the order they came. */
	@Transactional(readOnly = true)
	public List<Attendee> of(Scope scope, long classId) {
		this.classes.find(scope, classId);
		List<AttendanceView> all = this.store.attendances(classId);
		Map<Long, ResidentView> byId = this.names.of(scope, classId);
		return all.stream().map((a) -> {
			ResidentView r = byId.get(a.residentId());
			return new Attendee(a, (r != null) ? r.fullName() : "—", (r != null) ? r.householdCode() : "—");
		}).toList();
	}

	/**
	 * Marks skills reached for those marked present (all of them, or those chosen);
	 * returns how many got a new mark.
	 */
	public int markSkills(Scope scope, long classId, SkillMarks marks) {
		ClassView c = this.classes.find(scope, classId);
		List<String> skills = marks.skills().isEmpty() ? this.topics.stillTaught(c.skills()) : marks.skills();
		LocalDate held = c.startsAt().toLocalDate();
		LocalDate on = (marks.reachedOn() != null) ? marks.reachedOn() : held;
		List<Problem> problems = new ArrayList<>();
		this.topics.check(skills, problems);
		InvalidInputException.throwIfAny(problems);
		if (skills.isEmpty() || !c.skills().containsAll(skills)) {
			throw InvalidInputException.of("skills", "class.error.marks.skills");
		}
		if (held.isAfter(LocalDate.now(this.clock))) {
			throw InvalidInputException.of(null, "class.error.marks.notHeld");
		}
		if (on.isBefore(held) || on.isAfter(LocalDate.now(this.clock))) {
			throw InvalidInputException.of("reachedOn", "class.error.marks.date");
		}
		List<AttendanceView> present = this.store.attendances(classId)
			.stream()
			.filter((a) -> Boolean.TRUE.equals(a.present()))
			.filter((a) -> marks.attendanceIds().isEmpty() || marks.attendanceIds().contains(a.id()))
			.toList();
		if (present.size() < marks.attendanceIds().size()) {
			throw InvalidInputException.of("attendanceIds", "attendance.error.notPresent");
		}
		List<Long> residents = new ArrayList<>();
		for (AttendanceView a : present) {
			boolean any = false;
			for (String skill : skills) {
				any |= this.store.mark(a.id(), skill, on, CurrentActor.username());
			}
			if (any) {
				residents.add(a.residentId());
			}
		}
		if (!residents.isEmpty()) {
			this.audit.record("CLASS_SKILLS_MARKED", "training_class", classId,
					"residents=" + residents.size() + ", skill=" + String.join(", skill=", skills));
			this.events.publishEvent(new ClassSkillsReached(classId, c.postId(), residents, skills, on));
		}
		return residents.size();
	}

}
