package health.falcon.diet;

import com.tngtech.archunit.core.domain.JavaClasses;
import health.falcon.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	private static final String ROOT = "health.falcon.diet";

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
