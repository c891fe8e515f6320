package health.falcon.k8s.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Jenkinsfile, parsed by Groovy: a declarative pipeline whose every stage runs one
 * script under {@code scripts/ci/}, with the promotion only on main behind a manual gate
 * and a rollback when the build fails after a promotion.
 */
class JenkinsfileTests {

	private static final List<String> STAGES = List.of("Build & test", "Images", "Deploy IU idle colour",
			"Smoke IU preview", "Deploy TACC idle colour", "Smoke TACC preview", "Promotion gate", "Promote IU",
			"Post-promotion checks IU", "Promote TACC", "Post-promotion checks TACC", "Scale down old colours");

	private static final List<String> MAIN_ONLY = STAGES.subList(STAGES.indexOf("Promotion gate"), STAGES.size());

	private static List<Step> jenkinsfile = List.of();

	@BeforeAll
	static void parse() throws IOException {
		jenkinsfile = Jenkinsfiles.parse(Files.readString(Repository.root().resolve("Jenkinsfile")));
	}

	@Test
	void isOneDeclarativePipeline() {
		assertThat(jenkinsfile).extracting(Step::name).containsExactly("pipeline");
		assertThat(pipeline().steps()).extracting(Step::name).contains("agent", "options", "stages", "post");
	}

	@Test
	void hasEveryStageInDeliveryOrder() {
		List<String> stages = pipeline().all()
			.filter((step) -> step.name().equals("stage"))
			.map(Step::argument)
			.toList();
		assertThat(stages).containsSubsequence(STAGES);
	}

	@Test
	void everyStageRunsScriptsUnderScriptsCi() {
		List<Step> shellSteps = pipeline().all().filter((step) -> step.name().equals("sh")).toList();
		assertThat(shellSteps).isNotEmpty();
		assertThat(shellSteps).allSatisfy((step) -> assertThat(step.argument()).startsWith("scripts/ci/"));
		for (String stage : STAGES) {
			if (!stage.equals("Promotion gate")) {
				assertThat(stage(stage).all().filter((step) -> step.name().equals("sh")))
					.as("sh steps of stage %s", stage)
					.isNotEmpty();
			}
		}
	}

	@Test
	void everyScriptItCallsExistsAndIsExecutable() {
		List<Path> scripts = pipeline().all()
			.filter((step) -> step.name().equals("sh"))
			.map((step) -> Repository.root().resolve(step.argument().split(" ")[0]))
			.distinct()
			.toList();
		assertThat(scripts).extracting(Path::getFileName)
			.extracting(Path::toString)
			.contains("build.sh", "images.sh", "deploy.sh", "smoke.sh", "promote.sh", "verify-live.sh", "finish.sh",
					"rollback.sh");
		assertThat(scripts).allSatisfy((script) -> assertThat(script).isRegularFile().isExecutable());
	}

	@Test
	void deploysAndSmokesBothSitesOnEveryBranch() {
		for (String stage : STAGES.subList(0, STAGES.indexOf("Promotion gate"))) {
			assertThat(stage(stage).child("when")).as("when of %s", stage).isEmpty();
		}
		assertThat(shellCommands("Deploy IU idle colour")).containsExactly("scripts/ci/deploy.sh iu");
		assertThat(shellCommands("Smoke IU preview")).containsExactly("scripts/ci/smoke.sh iu");
		assertThat(shellCommands("Deploy TACC idle colour")).containsExactly("scripts/ci/deploy.sh tacc");
		assertThat(shellCommands("Smoke TACC preview")).containsExactly("scripts/ci/smoke.sh tacc");
	}

	@Test
	void promotesOnlyOnMainAfterAManualGate() {
		for (String stage : MAIN_ONLY) {
			assertThat(stage(stage).child("when")).as("when of %s", stage)
				.hasValueSatisfying((when) -> assertThat(when.find("branch", "main")).isPresent());
		}
		assertThat(stage("Promotion gate").all()).extracting(Step::name).contains("input");
		assertThat(shellCommands("Promote IU")).containsExactly("scripts/ci/promote.sh iu");
		assertThat(shellCommands("Post-promotion checks IU")).containsExactly("scripts/ci/verify-live.sh iu");
		assertThat(shellCommands("Promote TACC")).containsExactly("scripts/ci/promote.sh tacc");
		assertThat(shellCommands("Post-promotion checks TACC")).containsExactly("scripts/ci/verify-live.sh tacc");
	}

	@Test
	void scalesTheOldColoursDownLastWithoutFailingTheBuild() {
		Step stage = stage("Scale down old colours");
		assertThat(shellCommands("Scale down old colours")).containsExactly("scripts/ci/finish.sh iu tacc");
		assertThat(stage.find("catchError", "UNSTABLE")).hasValueSatisfying(
				(catchError) -> assertThat(catchError.find("sh", "scripts/ci/finish.sh iu tacc")).isPresent());
	}

	@Test
	void rollsBackWhatWasPromotedWhenTheBuildFails() {
		Step post = pipeline().child("post").orElseThrow();
		Step failure = post.child("failure").orElseThrow();
		assertThat(failure.all().filter((step) -> step.name().equals("sh")).map(Step::argument))
			.containsExactly("scripts/ci/rollback.sh tacc iu");
	}

	@Test
	void holdsTheSitesForOneBuildAtATime() {
		Step sites = stage("Sites");
		assertThat(sites.find("lock", "falcon-sites")).isPresent();
		assertThat(sites.find("stage", "Deploy IU idle colour")).isPresent();
		assertThat(sites.find("stage", "Post-promotion checks TACC")).isPresent();
	}

	private static Step pipeline() {
		return jenkinsfile.get(0);
	}

	private static Step stage(String name) {
		return pipeline().find("stage", name).orElseThrow(() -> new AssertionError("No stage " + name));
	}

	private static List<String> shellCommands(String stage) {
		return stage(stage).all().filter((step) -> step.name().equals("sh")).map(Step::argument).toList();
	}

}
