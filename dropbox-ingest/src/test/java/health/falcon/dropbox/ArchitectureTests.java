package health.falcon.dropbox;

import com.tngtech.archunit.core.domain.JavaClasses;
import health.falcon.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	private static final String ROOT = "health.falcon.dropbox";

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
	void readingAndFormatsArePureAndKnowNothingOfSpringOrStorage() {
		noClasses().that()
			.resideInAnyPackage("..dropbox.reading..", "..dropbox.formats..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "..dropbox.imports..",
					"..dropbox.store..")
			.check(this.classes);
	}

	@Test
	void readingKnowsNothingOfFormats() {
		noClasses().that()
			.resideInAPackage("..dropbox.reading..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..dropbox.formats..")
			.check(this.classes);
	}

	@Test
	void onlyTheConnectorTalksToDropbox() {
		noClasses().that()
			.resideOutsideOfPackage("..dropbox.sync..")
			.should()
			.dependOnClassesThat()
			.haveSimpleName("DropboxApi")
			.check(this.classes);
	}

	@Test
	void importsStorageAndSettingsKnowNothingOfTheSyncOrWebhooks() {
		noClasses().that()
			.resideInAnyPackage("..dropbox.imports..", "..dropbox.store..", "..dropbox.settings..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..dropbox.sync..", "..dropbox.webhook..")
			.check(this.classes);
	}

	@Test
	void theStoreKnowsNothingOfImports() {
		noClasses().that()
			.resideInAPackage("..dropbox.store..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..dropbox.imports..")
			.check(this.classes);
	}

}
