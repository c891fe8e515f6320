package health.falcon.devstack.sandbox;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Package rules: each provider emulator is self-contained apart from the shared
 * {@code common} and {@code oauth} packages, and neither of those knows a provider.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("health.falcon.devstack.sandbox");

	@Test
	void providersDoNotDependOnEachOther() {
		slices().matching("health.falcon.devstack.sandbox.(*)..")
			.should()
			.notDependOnEachOther()
			.ignoreDependency(DescribedPredicate.alwaysTrue(),
					JavaClass.Predicates.resideInAnyPackage("..sandbox.common..", "..sandbox.oauth.."))
			.check(classes);
	}

	@Test
	void commonDependsOnNoProvider() {
		noClasses().that()
			.resideInAPackage("..sandbox.common..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..sandbox.strava..", "..sandbox.googlehealth..", "..sandbox.fitbitexport..",
					"..sandbox.dropbox..", "..sandbox.myfitnesspal..")
			.check(classes);
	}

	@Test
	void oauthDependsOnNoProvider() {
		noClasses().that()
			.resideInAPackage("..sandbox.oauth..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..sandbox.strava..", "..sandbox.googlehealth..", "..sandbox.fitbitexport..",
					"..sandbox.dropbox..", "..sandbox.myfitnesspal..")
			.check(classes);
	}

}
