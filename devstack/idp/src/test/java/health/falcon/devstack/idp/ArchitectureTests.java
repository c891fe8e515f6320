package health.falcon.devstack.idp;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Package rules: feature packages share only the root package ({@link IdpProperties}),
 * and only the {@code keys} package handles key material.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("health.falcon.devstack.idp");

	@Test
	void featurePackagesDoNotDependOnEachOther() {
		slices().matching("health.falcon.devstack.idp.(*)..").should().notDependOnEachOther().check(classes);
	}

	@Test
	void onlyTheKeysPackageGeneratesOrParsesKeys() {
		noClasses().that()
			.resideOutsideOfPackage("..idp.keys..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("com.nimbusds.jose.jwk.JWKSet")
			.check(classes);
	}

}
