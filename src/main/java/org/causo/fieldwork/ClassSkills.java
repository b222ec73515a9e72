package org.causo.fieldwork;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.causo.orgunit.OrgUnits;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.skills.SkillCatalogue;
import org.causo.skills.SkillView;
import org.causo.training.ClassSkillsReached;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Skills marked at a class become skills reached (method CLASS), once the marking is
 * committed, each in its own transaction, in the same request. Each event's id is derived
 * from the class, the resident and the skill, so marking again changes nothing. A code
 * the catalogue does not know (or has retired), or a resident who left the scope, is
 * skipped: never a reason to undo the class's marks.
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

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
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
