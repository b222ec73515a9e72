package org.causo;

import java.util.Objects;
import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** House rules the compiler cannot check. */
class ArchitectureTests {

	private static final String ROOT = "org.causo";

	/** Modules whose every package others may use. */
	private static final Set<String> OPEN = Set.of("shared");

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

	/**
	 * A row is never part of a module's contract (its root package), and is used only
	 * inside its module. A row that several sub-packages of its module read (the
	 * officer's, with the password hash and TOTP secret) may be public there: the rule
	 * below and the sub-package rule keep it in.
	 */
	@Test
	void rowsWithSecretsStayInsideTheirModule() {
		classes().that()
			.haveSimpleNameEndingWith("Row")
			.and()
			.resideInAPackage(ROOT + ".(*)")
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.allowEmptyShould(true)
			.check(this.classes);
		classes().that().haveSimpleNameEndingWith("Row").should(beUsedOnlyInsideTheirModule()).check(this.classes);
	}

	private static ArchCondition<JavaClass> beUsedOnlyInsideTheirModule() {
		return new ArchCondition<>("be used only inside their module") {

			@Override
			public void check(JavaClass row, ConditionEvents events) {
				String module = moduleOf(row.getPackageName());
				for (Dependency dependency : row.getDirectDependenciesToSelf()) {
					if (!Objects.equals(module, moduleOf(dependency.getOriginClass().getPackageName()))) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}

		};
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

	/**
	 * A module's root package is its contract; its sub-packages ({@code web}, stores,
	 * parsers, demo loaders) are its own. Another module may use a sub-package only when
	 * it is declared a named interface; {@code shared} is open to all.
	 */
	@Test
	void subPackagesOfAModuleAreNotUsedFromOutsideIt() {
		classes().should(useOtherModulesOnlyThroughTheirContract()).check(this.classes);
	}

	private static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirContract() {
		return new ArchCondition<>("use other modules only through their root package or a named interface") {

			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String from = moduleOf(origin.getPackageName());
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass().getBaseComponentType();
					String to = moduleOf(target.getPackageName());
					if (to != null && !to.equals(from) && !OPEN.contains(to)
							&& !target.getPackageName().equals(ROOT + "." + to) && !namedInterface(target)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}

		};
	}

	/** The module of a package: the segment after {@code org.causo}, if any. */
	private static String moduleOf(String packageName) {
		if (!packageName.startsWith(ROOT + ".")) {
			return null;
		}
		String rest = packageName.substring(ROOT.length() + 1);
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	private static boolean namedInterface(JavaClass target) {
		return target.isAnnotatedWith(NamedInterface.class) || target.getPackage()
			.tryGetPackageInfo()
			.map((info) -> info.isAnnotatedWith(NamedInterface.class))
			.orElse(false);
	}

}
