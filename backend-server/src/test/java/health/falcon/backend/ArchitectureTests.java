package health.falcon.backend;

import com.tngtech.archunit.core.domain.JavaClasses;
import health.falcon.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

	private static final String ROOT = "health.falcon.backend";

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
	void featurePackagesDoNotDependOnEachOther() {
		ArchitectureRules.featurePackagesDoNotDependOnEachOther(ROOT, "..config..", "..erasure..").check(this.classes);
	}

}
