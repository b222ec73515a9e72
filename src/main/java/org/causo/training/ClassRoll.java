package org.causo.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.causo.audit.AuditTrail;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.training.attendance.AttendanceStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The class roll: people are enrolled first (up to the class's places), then marked
 * present or absent once the class is held; an enrolment is taken back while no skill is
 * marked for it. Only those present count as attendances and get skills marked.
 */
@Service
@Transactional
public class ClassRoll {

	private final AttendanceStore store;

	private final TrainingClasses classes;

	private final AuditTrail audit;

	private final Clock clock;

	ClassRoll(AttendanceStore store, TrainingClasses classes, AuditTrail audit, Clock clock) {
		this.store = store;
		this.classes = classes;
		this.audit = audit;
		this.clock = clock;
	}

	/** Marks a person present (true) or absent (false). */
	public AttendanceView mark(Scope scope, long classId, UUID attendanceId, Boolean present) {
		ClassView c = this.classes.find(scope, classId);
		AttendanceView a = enrolment(classId, attendanceId);
		if (present == null) {
			throw InvalidInputException.of("present", "attendance.error.present");
		}
		if (c.startsAt().toLocalDate().isAfter(LocalDate.now(this.clock))) {
			throw InvalidInputException.of(null, "class.error.marks.notHeld");
		}
		if (!present && !a.skillsMarked().isEmpty()) {
			throw InvalidInputException.of("present", "attendance.error.marked");
		}
		this.store.setPresent(a.id(), present);
		this.audit.record(present ? "CLASS_PRESENT" : "CLASS_ABSENT", "training_class", classId,
				"attendance=" + a.id() + ", resident=" + a.residentId());
		return this.store.attendance(a.id()).orElseThrow();
	}

	/**
	 * Takes a person off the class (an enrolment made by mistake, or who cannot come).
	 */
	public void remove(Scope scope, long classId, UUID attendanceId) {
		this.classes.find(scope, classId);
		AttendanceView a = enrolment(classId, attendanceId);
		if (!a.skillsMarked().isEmpty()) {
			throw InvalidInputException.of(null, "attendance.error.marked");
		}
		this.store.delete(a.id());
		this.audit.record("CLASS_ENROLMENT_REMOVED", "training_class", classId,
				"attendance=" + a.id() + ", resident=" + a.residentId());
	}

	private AttendanceView enrolment(long classId, UUID attendanceId) {
		return this.store.attendance(attendanceId)
			.filter((a) -> a.classId() == classId)
			.orElseThrow(() -> new NotFoundException("attendance"));
	}

}
