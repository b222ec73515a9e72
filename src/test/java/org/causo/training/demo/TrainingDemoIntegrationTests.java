package org.causo.training.demo;

import java.util.List;

import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.support.IntegrationTest;
import org.causo.training.Attendances;
import org.causo.training.Attendee;
import org.causo.training.ClassView;
import org.causo.training.TrainingClasses;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo writes its attendances and skill marks set-based (docs/decisions.md): read
 * through the product's facades, its classes look as enrolling, marking present and
 * marking the class's skills would have left them.
 */
class TrainingDemoIntegrationTests extends IntegrationTest {

	@Autowired
	private TrainingClasses classes;

	@Autowired
	private Attendances attendances;

	@Test
	void theDemosClassesReadAsTheProductWouldHaveRecordedThem() {
		List<ClassView> demo = this.classes.search(Scope.all(), new PageOf.Request(0, 500))
			.items()
			.stream()
			.filter((c) -> c.title().contains(" – "))
			.toList();
		List<ClassView> held = demo.stream().filter((c) -> c.attendances() > 0).toList();
		assertThat(held).isNotEmpty();
		assertThat(demo).hasSizeGreaterThan(held.size());
		for (ClassView c : held) {
			List<Attendee> roll = this.attendances.of(Scope.all(), c.id());
			assertThat(roll).hasSize(c.attendances()).hasSizeLessThanOrEqualTo(c.capacity());
			assertThat(roll).allSatisfy((a) -> {
				assertThat(a.attendance().present()).isTrue();
				assertThat(a.attendance().walkIn()).isFalse();
				assertThat(a.attendance().skillsMarked()).containsExactlyInAnyOrderElementsOf(c.skills());
				assertThat(a.fullName()).isNotEqualTo("—");
			});
		}
	}

}
