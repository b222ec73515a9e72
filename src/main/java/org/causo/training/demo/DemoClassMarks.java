package org.causo.training.demo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skill marks of the demo's classes, read in bulk by fieldwork's demo loader, which
 * records them as skills reached (method CLASS) the way it does for
 * {@link ClassSkillsReached}, without an event per class.
 */
@Service
@Transactional(readOnly = true)
public class DemoClassMarks {

	private final DemoClassStore store;

	DemoClassMarks(DemoClassStore store) {
		this.store = store;
	}

	/** Every mark of a demo class, by class and resident. */
	public List<Mark> all() {
		return this.store.marks();
	}

	/**
	 * A skill marked reached at a class.
	 *
	 * @param classId the class
	 * @param postId the post that ran it
	 * @param residentId who attended
	 * @param skillCode the skill's code
	 * @param reachedOn the day
	 */
	public record Mark(long classId, long postId, long residentId, String skillCode, LocalDate reachedOn) {

	}

}
