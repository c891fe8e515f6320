package health.falcon.devstack.mongo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Package rules: only the {@code server} package touches mongo-java-server and H2.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("health.falcon.devstack.mongo");

	@Test
	void onlyTheServerPackageUsesTheEmbeddedServer() {
		noClasses().that()
			.resideOutsideOfPackage("..mongo.server..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("de.bwaldvogel..", "org.h2..")
			.check(classes);
	}

}
