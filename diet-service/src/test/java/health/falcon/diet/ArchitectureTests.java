package health.falcon.diet;

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
		.importPackages("health.falcon.diet");

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
		slices().matching("health.falcon.diet.(*)..").should().beFreeOfCycles().check(this.classes);
	}

	@Test
	void parsersArePure() {
		noClasses().that()
			.resideInAPackage("..diet.mfpexport..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "..diet.nutrition..",
					"..diet.export..")
			.check(this.classes);
	}

	@Test
	void theDiaryPageParserIsPure() {
		noClasses().that()
			.haveNameMatching(".*\\.diary\\.(DiaryHtmlParser|DiaryNumbers|DiaryFields|ParsedDiary|DiaryParseException"
					+ "|DiaryUnavailableException)(\\$.*)?")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "health.falcon.ingest..")
			.check(this.classes);
	}

	@Test
	void theStoredModelKnowsNothingOfTheSources() {
		noClasses().that()
			.resideInAPackage("..diet.nutrition..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..diet.mfpexport..", "..diet.export..", "..diet.diary..")
			.check(this.classes);
	}

}
