package health.falcon.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared rules against fixture packages: {@code fixture.cyclic} has two packages that
 * import each other and no {@code package-info.java}, {@code fixture.layered} imports
 * downwards only and is null-marked throughout.
 */
class ArchitectureRulesTests {

	private static final String CYCLIC = "health.falcon.architecture.fixture.cyclic";

	private static final String LAYERED = "health.falcon.architecture.fixture.layered";

	@Test
	void findsPackagesThatImportEachOther() {
		assertThat(ArchitectureRules.featurePackagesAreFreeOfCycles(CYCLIC).evaluate(fixture(CYCLIC)).hasViolation())
			.isTrue();
	}

	@Test
	void acceptsPackagesThatImportDownwardsOnly() {
		assertThat(ArchitectureRules.featurePackagesAreFreeOfCycles(LAYERED).evaluate(fixture(LAYERED)).hasViolation())
			.isFalse();
	}

	@Test
	void findsAFeatureThatDependsOnAnotherUnlessThatOneIsShared() {
		assertThat(ArchitectureRules.featurePackagesDoNotDependOnEachOther(LAYERED)
			.evaluate(fixture(LAYERED))
			.hasViolation()).isTrue();
		assertThat(ArchitectureRules.featurePackagesDoNotDependOnEachOther(LAYERED, "..layered.lower..")
			.evaluate(fixture(LAYERED))
			.hasViolation()).isFalse();
	}

	@Test
	void findsClassesOutsideANullMarkedPackage() {
		assertThat(
				ArchitectureRules.everyPackageIsNullMarked().evaluate(fixture(CYCLIC)).getFailureReport().getDetails())
			.hasSize(2)
			.allSatisfy((detail) -> assertThat(detail).contains("is not annotated with @NullMarked"));
	}

	@Test
	void acceptsNullMarkedPackages() {
		assertThat(ArchitectureRules.everyPackageIsNullMarked().evaluate(fixture(LAYERED)).hasViolation()).isFalse();
	}

	@Test
	void acceptsModulesWithoutControllers() {
		assertThat(ArchitectureRules.controllersDoNotTouchStorage().evaluate(fixture(LAYERED)).hasViolation())
			.isFalse();
	}

	@Test
	void importsMainClassesAndLeavesTestsOut() {
		JavaClasses classes = ArchitectureRules.productionClasses("health.falcon.architecture");
		assertThat(classes.contain(ArchitectureRules.class)).isTrue();
		assertThat(classes.contain(ArchitectureRulesTests.class)).isFalse();
	}

	private static JavaClasses fixture(String rootPackage) {
		return new ClassFileImporter().importPackages(rootPackage);
	}

}
