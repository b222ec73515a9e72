package org.causo.registry.web;

import java.time.LocalDate;

import org.causo.registry.MoveDraft;
import org.causo.registry.Relation;

import org.springframework.format.annotation.DateTimeFormat;

/** The move form: the new household by code (within the scope) and the day. */
public record MoveForm(String householdCode, Long householdId, Relation relation,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate movedOn) {

	MoveDraft draft(Long resolvedId) {
		return new MoveDraft(resolvedId, this.relation, this.movedOn);
	}

}
