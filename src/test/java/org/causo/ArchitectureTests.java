package org.causo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** House rules the compiler cannot check. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.causo");

	@Test
	void repositoriesAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Repository.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(this.classes);
	}

	@Test
	void rowsWithSecretsStayInsideTheirModule() {
		classes().that()
			.haveSimpleNameEndingWith("Row")
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(this.classes);
	}

	@Test
	void controllersAreNotPublicAndLiveInWeb() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.andShould()
			.resideInAPackage("..web..")
			.check(this.classes);
	}

	@Test
	void nothingOutsideTheWebLayerUsesIt() {
		noClasses().that()
			.resideOutsideOfPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.causo.(*).web..")
			.check(this.classes);
	}

	@Test
	void internalsDoNotUseTheWebLayer() {
		noClasses().that()
			.resideInAPackage("..internal..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..web..")
			.allowEmptyShould(true)
			.check(this.classes);
	}

}
