package health.falcon.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules shared by the architecture tests of every service and kit. A module's
 * {@code ArchitectureTests} imports its production classes with
 * {@link #productionClasses(String)}, checks the shared rules that apply to it, and adds
 * its own rules beside them. Types are named by their fully qualified names, so this
 * module needs neither Spring nor MongoDB on its classpath.
 */
public final class ArchitectureRules {

	private static final String NULL_MARKED = "org.jspecify.annotations.NullMarked";

	private static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";

	private static final String MONGO_OPERATIONS = "org.springframework.data.mongodb.core.MongoOperations";

	private static final String REPOSITORY = "org.springframework.data.repository.Repository";

	private ArchitectureRules() {
	}

	/**
	 * Imports the main classes under a module's root package, leaving its tests out.
	 * @param rootPackage the package that holds the module's application or
	 * auto-configuration class, for example {@code health.falcon.fitness}
	 * @return the imported classes, never empty when the module has any main class
	 */
	public static JavaClasses productionClasses(String rootPackage) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(rootPackage);
	}

	/**
	 * No two direct sub-packages of the root package (with everything beneath them)
	 * depend on each other, directly or through others: a feature, the {@code config}
	 * package included, may only import downwards.
	 * @param rootPackage the module's root package, for example
	 * {@code health.falcon.ingest}
	 * @return the rule, to be checked against {@link #productionClasses(String)}
	 */
	public static ArchRule featurePackagesAreFreeOfCycles(String rootPackage) {
		return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
	}

	/**
	 * No direct sub-package of the root package (a feature) depends on another, except on
	 * the shared packages named: the parts every feature is built from, which are not
	 * features themselves.
	 * @param rootPackage the module's root package, for example
	 * {@code health.falcon.data}
	 * @param sharedPackages ArchUnit package patterns of the shared parts, for example
	 * {@code ..config..}
	 * @return the rule, to be checked against {@link #productionClasses(String)}
	 */
	public static ArchRule featurePackagesDoNotDependOnEachOther(String rootPackage, String... sharedPackages) {
		SliceRule rule = slices().matching(rootPackage + ".(*)..").should().notDependOnEachOther();
		if (sharedPackages.length > 0) {
			rule = rule.ignoreDependency(DescribedPredicate.alwaysTrue(),
					JavaClass.Predicates.resideInAnyPackage(sharedPackages));
		}
		return rule;
	}

	/**
	 * Every class resides in a package whose {@code package-info.java} carries
	 * {@code @NullMarked}, so that nullness is declared for the whole package rather than
	 * guessed.
	 * @return the rule, to be checked against {@link #productionClasses(String)}
	 */
	public static ArchRule everyPackageIsNullMarked() {
		return classes().should(resideInANullMarkedPackage());
	}

	/**
	 * No {@code @RestController} touches storage: neither a {@code MongoOperations} (the
	 * {@code MongoTemplate}) nor a Spring Data repository. Controllers call an
	 * application service instead. Modules without controllers pass.
	 * @return the rule, to be checked against {@link #productionClasses(String)}
	 */
	public static ArchRule controllersDoNotTouchStorage() {
		return noClasses().that()
			.areAnnotatedWith(REST_CONTROLLER)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(MONGO_OPERATIONS)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(REPOSITORY)
			.allowEmptyShould(true);
	}

	private static ArchCondition<JavaClass> resideInANullMarkedPackage() {
		return new ArchCondition<>("reside in a package annotated with @NullMarked") {

			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				boolean nullMarked = javaClass.getPackage().isAnnotatedWith(NULL_MARKED);
				String message = javaClass.getName() + " resides in " + javaClass.getPackageName()
						+ (nullMarked ? ", which is" : ", which is not") + " annotated with @NullMarked";
				events.add(new SimpleConditionEvent(javaClass, nullMarked, message));
			}

		};
	}

}
