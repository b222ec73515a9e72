package org.causo.training.classes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.causo.shared.InvalidInputException.Problem;
import org.causo.skills.SkillNames;
import org.causo.skills.SkillNames.Skill;

import org.springframework.stereotype.Component;

/**
 * The skills a class may cover, from the catalogue that fieldwork keeps (through
 * {@link SkillNames}: training cannot depend on fieldwork). A retired skill is neither
 * offered nor accepted for a new class or a new mark; the classes that covered it keep
 * it.
 */
@Component
public class ClassTopics {

	private static final int MAX_CODE_SHOWN = 40;

	private final SkillNames skills;

	ClassTopics(SkillNames skills) {
		this.skills = skills;
	}

	/** The first code that is unknown or retired, as a problem of the field "skills". */
	public void check(List<String> codes, List<Problem> problems) {
		Map<String, Skill> byCode = byCode();
		for (String code : codes) {
			Skill skill = byCode.get(code);
			if (skill == null || skill.retired()) {
				String shown = (code != null && code.length() > MAX_CODE_SHOWN) ? code.substring(0, MAX_CODE_SHOWN)
						: code;
				problems.add(new Problem("skills", (skill == null) ? "class.error.skill" : "class.error.skill.retired",
						shown));
				return;
			}
		}
	}

	/** These codes, less the ones retired since (or unknown). */
	public List<String> stillTaught(List<String> codes) {
		Map<String, Skill> byCode = byCode();
		return codes.stream().filter((c) -> byCode.containsKey(c) && !byCode.get(c).retired()).toList();
	}

	private Map<String, Skill> byCode() {
		return this.skills.list(Locale.ROOT, true)
			.stream()
			.collect(Collectors.toMap(Skill::code, Function.identity(), (a, b) -> a));
	}

}
