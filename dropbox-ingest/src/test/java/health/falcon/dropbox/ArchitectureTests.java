package health.falcon.dropbox;

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
		.importPackages("health.falcon.dropbox");

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
		slices().matching("health.falcon.dropbox.(*)..").should().beFreeOfCycles().check(this.classes);
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
