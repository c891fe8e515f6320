package health.falcon.fitness;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("health.falcon.fitness");

	@Test
	void controllersDoNotAccessMongoDirectly() {
		noClasses().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(MongoTemplate.class)
			.check(this.classes);
	}

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("health.falcon.fitness.(*)..").should().beFreeOfCycles().check(this.classes);
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
