package health.falcon.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import health.falcon.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The gateway's package rules: the shared ones (feature packages free of cycles, every
 * package null-marked), security wiring only in {@code config}, and a reactive stack
 * throughout (a blocking servlet or HTTP client call would stall the event loop that
 * serves every user).
 */
class ArchitectureTests {

	private static final String ROOT = "health.falcon.gateway";

	private final JavaClasses classes = ArchitectureRules.productionClasses(ROOT);

	@Test
	void featurePackagesAreFreeOfCycles() {
		ArchitectureRules.featurePackagesAreFreeOfCycles(ROOT).check(this.classes);
	}

	@Test
	void everyPackageIsNullMarked() {
		ArchitectureRules.everyPackageIsNullMarked().check(this.classes);
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
