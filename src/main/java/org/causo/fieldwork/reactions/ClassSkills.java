package org.causo.fieldwork.reactions;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.causo.fieldwork.FieldEventConflictException;
import org.causo.fieldwork.Method;
import org.causo.fieldwork.ReachDraft;
import org.causo.fieldwork.Skills;
import org.causo.orgunit.OrgUnits;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.skills.SkillCatalogue;
import org.causo.skills.SkillView;
import org.causo.training.ClassSkillsReached;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Skills marked at a class become skills reached (method CLASS), once the marking is
 * committed, each in its own transaction. Each event's id is derived from the class, the
 * resident and the skill, so running this again changes nothing. A code the catalogue
 * does not know (or has retired), or a resident who left the scope, is skipped: never a
 * reason to undo the class's marks.
 * <p>
 * Durable (docs/decisions.md, "Durable module events"): the event is stored with the
 * class's marks, in the same transaction, and the publication is completed only when this
 * returns. If it throws, or the node dies before it ends, the publication stays
 * incomplete and runs again: at the next start, or by the retries of
 * {@code shared.events.OutstandingEvents}.
 * <p>
 * It runs in the officer's request right after the commit (module listeners run in the
 * caller's thread, {@code shared.events.ListenersInTheCallersThread}), so the next page
 * shows the skills reached and they are recorded by the officer. No transaction of its
 * own ({@code NOT_SUPPORTED}): each skill reached is its own, so that one refused
 * resident does not undo the others. The id is fixed, so that a publication stored before
 * a class is renamed or moved still finds its listener.
 */
@Component
class ClassSkills {

	private static final Logger log = LoggerFactory.getLogger(ClassSkills.class);

	private final Skills skills;

	private final SkillCatalogue catalogue;

	private final OrgUnits units;

	private final TransactionTemplate each;

	ClassSkills(Skills skills, SkillCatalogue catalogue, OrgUnits units, PlatformTransactionManager transactions) {
		this.skills = skills;
		this.catalogue = catalogue;
		this.units = units;
		this.each = new TransactionTemplate(transactions);
		this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener(id = "fieldwork.class-skills", propagation = Propagation.NOT_SUPPORTED)
	void on(ClassSkillsReached event) {
		Map<String, SkillView> byCode = this.catalogue.list(false)
			.stream()
			.collect(Collectors.toMap(SkillView::code, Function.identity(), (a, b) -> a));
		Scope scope = this.units.scopeOfPost(event.postId());
		for (String code : event.skillCodes()) {
			SkillView skill = byCode.get(code);
			if (skill == null) {
				log.info("Class {}: skill code {} is not in the catalogue; skipped", event.classId(), code);
				continue;
			}
			for (long residentId : event.residentIds()) {
				UUID id = UUID.nameUUIDFromBytes(("class:" + event.classId() + ":" + residentId + ":" + skill.id())
					.getBytes(StandardCharsets.UTF_8));
				try {
					ReachDraft draft = new ReachDraft(id, residentId, skill.id(), event.reachedOn(), Method.CLASS);
					this.each.executeWithoutResult((status) -> this.skills.reach(scope, draft));
				}
				catch (InvalidInputException | NotFoundException | FieldEventConflictException ex) {
					log.info("Class {}: resident {} skill {} not recorded ({})", event.classId(), residentId, code,
							ex.getClass().getSimpleName());
				}
			}
		}
	}

}
