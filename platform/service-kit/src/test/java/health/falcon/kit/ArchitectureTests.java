package health.falcon.kit;

import com.tngtech.archunit.core.domain.JavaClasses;
import health.falcon.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

	private static final String ROOT = "health.falcon.kit";

	private final JavaClasses classes = ArchitectureRules.productionClasses(ROOT);

	@Test
	void featurePackagesAreFreeOfCycles() {
		ArchitectureRules.featurePackagesAreFreeOfCycles(ROOT).check(this.classes);
	}

	@Test
	void everyPackageIsNullMarked() {
		ArchitectureRules.everyPackageIsNullMarked().check(this.classes);
	}

	@Test
	void controllersDoNotTouchStorage() {
		ArchitectureRules.controllersDoNotTouchStorage().check(this.classes);
	}

}
