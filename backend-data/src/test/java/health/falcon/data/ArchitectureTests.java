package health.falcon.data;

import com.tngtech.archunit.core.domain.JavaClasses;
import health.falcon.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

	private static final String ROOT = "health.falcon.data";

	private static final String API = ROOT + ".api..";

	private static final String SERIES = ROOT + ".series..";

	private static final String PAGING = ROOT + ".paging..";

	private static final String STORED = ROOT + ".stored..";

	private static final String PRECEDENCE = ROOT + ".precedence..";

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
		// config, and the parts every feature is built from: the series parts (query,
		// resolutions, problems), the paging parts (query, cursor, keyset, problems), the
		// reading of stored values and provenance, the channel precedence, and the
		// contract module (backend-data-api)
		ArchitectureRules
			.featurePackagesDoNotDependOnEachOther(ROOT, "..config..", SERIES, PAGING, STORED, PRECEDENCE, API)
			.check(this.classes);
	}

}
