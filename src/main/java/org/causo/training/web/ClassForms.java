package org.causo.training.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.causo.registry.Relation;
import org.causo.registry.Sex;
import org.causo.training.ClassDraft;
import org.causo.training.Organiser;
import org.causo.training.WalkInDraft;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the class pages, as a browser sends them. */
final class ClassForms {

	private ClassForms() {
	}

	record NewClass(String title, Organiser organiser, String organiserName, Long hamletId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt, Integer capacity,
			List<String> skills) {

		ClassDraft draft() {
			return new ClassDraft(this.title, this.organiser, this.organiserName, this.hamletId, this.startsAt,
					this.capacity, this.skills);
		}

	}

	record WalkIn(UUID id, String fullName, Sex sex, Integer birthYear, String phone, Long householdId,
			Relation relation) {

		static WalkIn fresh() {
			return new WalkIn(UUID.randomUUID(), null, null, null, null, null, null);
		}

		WalkInDraft draft() {
			return new WalkInDraft(this.id, this.fullName, this.sex, this.birthYear, this.phone, this.householdId,
					this.relation);
		}

	}

}
