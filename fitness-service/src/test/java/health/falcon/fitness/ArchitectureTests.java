package health.falcon.fitness;

import com.tngtech.archunit.core.domain.JavaClasses;
import health.falcon.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	private static final String ROOT = "health.falcon.fitness";

	private final JavaClasses classes = ArchitectureRules.productionClasses(ROOT);

	@Test
	void controllersDoNotTouchStorage() {
		ArchitectureRules.controllersDoNotTouchStorage().check(this.classes);
	}

	@Test
	void featurePackagesAreFreeOfCycles() {
		ArchitectureRules.featurePackagesAreFreeOfCycles(ROOT).check(this.classes);
	}

	@Test
	void everyPackageIsNullMarked() {
		ArchitectureRules.everyPackageIsNullMarked().check(this.classes);
	}

	@Test
	void theStoredModelKnowsNothingOfStravaOrWebhooks() {
		noClasses().that()
			.resideInAPackage("..fitness.activity..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..fitness.strava..", "..fitness.webhook..")
			.check(this.classes);
	}

	@Test
	void onlyTheConnectorTalksToStrava() {
		noClasses().that()
			.resideOutsideOfPackage("..fitness.strava..")
			.should()
			.dependOnClassesThat()
			.haveSimpleName("StravaApi")
			.check(this.classes);
	}

}
