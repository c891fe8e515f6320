package health.falcon.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The gateway's package rules: feature packages free of cycles, security wiring only in
 * {@code config}, and a reactive stack throughout (a blocking servlet or HTTP client call
 * would stall the event loop that serves every user).
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("health.falcon.gateway");

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("health.falcon.gateway.(*)..").should().beFreeOfCycles().check(this.classes);
	}

	@Test
	void problemProbeAndSpaKnowNothingOfConfigurationOrLogin() {
		noClasses().that()
			.resideInAnyPackage("..gateway.problem..", "..gateway.probe..", "..gateway.spa..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..gateway.config..", "..gateway.login..")
			.check(this.classes);
	}

	@Test
	void staysOnTheReactiveStack() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.web.client.RestTemplate")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.web.client.RestClient")
			.check(this.classes);
	}

}
