package health.falcon.fitbit;

import com.tngtech.archunit.core.domain.JavaClasses;
import health.falcon.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	private static final String ROOT = "health.falcon.fitbit";

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
	void theStoredModelKnowsNothingOfTheSources() {
		noClasses().that()
			.resideInAnyPackage("..fitbit.sleep..", "..fitbit.daily..", "..fitbit.heartrate..", "..fitbit.profile..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..fitbit.googlehealth..", "..fitbit.notification..", "..fitbit.export..")
			.check(this.classes);
	}

	@Test
	void onlyTheConnectorTalksToGoogleHealth() {
		noClasses().that()
			.resideOutsideOfPackage("..fitbit.googlehealth..")
			.should()
			.dependOnClassesThat()
			.haveSimpleName("GoogleHealthApi")
			.check(this.classes);
	}

}
