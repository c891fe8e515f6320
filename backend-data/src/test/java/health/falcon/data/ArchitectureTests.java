package health.falcon.data;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import health.falcon.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
		slices().matching("health.falcon.data.(*)..")
			.should()
			.notDependOnEachOther()
			.ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage("..config.."))
			// the series parts (query, resolutions, zone, problems) are shared by every
			// metric's feature
			.ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(SERIES))
			// the paging parts (query, cursor, keyset, problems) are shared by every list
			.ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(PAGING))
			// the reading of stored values and provenance is shared by every answer
			.ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(STORED))
			// the channel precedence is shared by the series, the lists and the dashboard
			.ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(PRECEDENCE))
			// the contract module (backend-data-api) is shared by every feature, not a
			// feature
			.ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(API))
			.check(this.classes);
	}

}
