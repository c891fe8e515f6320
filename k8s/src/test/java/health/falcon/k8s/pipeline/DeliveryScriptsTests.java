package health.falcon.k8s.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deploy, smoke, promote, post-promotion and rollback scripts against a fake
 * {@code bluegreen} and {@code kubectl}: the calls they make and what they do with each
 * of bluegreen's exit codes.
 */
class DeliveryScriptsTests {

	private static final List<String> PROMOTION_ORDER = List.of("backend-data", "fitness-service", "fitbit-service",
			"diet-service", "dropbox-ingest", "backend-server", "gateway");

	@TempDir
	Path directory;

	private FakeTools fake;

	@BeforeEach
	void fakes() {
		this.fake = new FakeTools(this.directory);
	}

	@Test
	void deploysThisCommitsImageOfEveryServiceToTheIdleColour() {
		Command deploy = this.fake.run("deploy.sh", "iu");
		assertThat(deploy.exitCode()).as(deploy.output()).isZero();
		assertThat(this.fake.bluegreenCalls()).hasSize(7)
			.contains(
					"deploy gateway ghcr.io/falcon-health/gateway:0.1.0-abc1234 --timeout 600s --site iu --namespace falcon")
			.allSatisfy((call) -> assertThat(call).startsWith("deploy ").doesNotContain(":latest"));
	}

	@Test
	void deployStopsWhenAnIdleColourDoesNotBecomeReady() {
		this.fake.exit("deploy", "fitness-service", 3);
		Command deploy = this.fake.run("deploy.sh", "tacc");
		assertThat(deploy.exitCode()).isEqualTo(3);
		assertThat(deploy.output()).contains("the idle colour of fitness-service did not become ready");
		assertThat(this.fake.bluegreenCalls()).extracting((call) -> call.split(" ")[1])
			.containsExactly("backend-data", "fitness-service");
	}

	@Test
	void refusesAnUnknownSiteOrServiceWithoutCallingBluegreen() {
		assertThat(this.fake.run("deploy.sh", "aws").exitCode()).isEqualTo(2);
		assertThat(this.fake.run("promote.sh").exitCode()).isEqualTo(2);
		assertThat(this.fake.run("smoke.sh", "iu", "idp").exitCode()).isEqualTo(2);
		assertThat(this.fake.run("rollback.sh").exitCode()).isEqualTo(2);
		assertThat(this.fake.bluegreenCalls()).isEmpty();
	}

	@Test
	void promotesEveryServiceGatewayLastAndRecordsEachSwitch() {
		Command promote = this.fake.run("promote.sh", "iu");
		assertThat(promote.exitCode()).as(promote.output()).isZero();
		assertThat(this.fake.bluegreenCalls()).extracting((call) -> call.split(" ")[1])
			.containsExactlyElementsOf(PROMOTION_ORDER);
		assertThat(this.fake.bluegreenCalls())
			.allSatisfy((call) -> assertThat(call).contains("--scale-down-delay 120s", "--no-wait", "--site iu"));
		assertThat(this.fake.promoted("iu")).containsExactlyElementsOf(PROMOTION_ORDER);
	}

	@Test
	void promoteStopsWithoutSwitchingWhenTheSmokeCheckFails() {
		this.fake.exit("promote", "dropbox-ingest", 4);
		Command promote = this.fake.run("promote.sh", "iu");
		assertThat(promote.exitCode()).isEqualTo(4);
		assertThat(promote.output()).contains("the smoke check of dropbox-ingest's preview failed")
			.contains("dropbox-ingest was not switched");
		assertThat(this.fake.bluegreenCalls()).noneMatch((call) -> call.contains("gateway"));
		assertThat(this.fake.promoted("iu")).containsExactly("backend-data", "fitness-service", "fitbit-service",
				"diet-service");
	}

	@Test
	void promoteFailsOnAConflictAndRecordsNothing() {
		this.fake.exit("promote", "backend-data", 5);
		Command promote = this.fake.run("promote.sh", "tacc");
		assertThat(promote.exitCode()).isEqualTo(5);
		assertThat(promote.output()).contains("changed by someone else");
		assertThat(this.fake.bluegreenCalls()).hasSize(1);
		assertThat(this.fake.promoted("tacc")).isEmpty();
	}

	@Test
	void promoteRefusesAnIdleColourThatIsNotFullyAvailable() {
		this.fake.exit("promote", "gateway", 3);
		Command promote = this.fake.run("promote.sh", "iu", "gateway");
		assertThat(promote.exitCode()).isEqualTo(3);
		assertThat(this.fake.promoted("iu")).isEmpty();
	}

	@Test
	void promoteCanWaitForTheScaleDownAndTakeAnotherDelay() {
		Command promote = this.fake.run(Map.of("FALCON_PROMOTE_WAIT", "true", "FALCON_SCALE_DOWN_DELAY", "300s"),
				"promote.sh", "iu", "gateway");
		assertThat(promote.exitCode()).as(promote.output()).isZero();
		assertThat(this.fake.bluegreenCalls())
			.containsExactly("promote gateway --scale-down-delay 300s --site iu --namespace falcon");
	}

	@Test
	void rollbackSwitchesBackWhatThisBuildPromotedInReverseOrder() {
		this.fake.exit("promote", "gateway", 4);
		assertThat(this.fake.run("promote.sh", "iu").exitCode()).isEqualTo(4);
		Command rollback = this.fake.run("rollback.sh", "tacc", "iu");
		assertThat(rollback.exitCode()).as(rollback.output()).isZero();
		assertThat(rollback.output()).contains("tacc: nothing was promoted");
		assertThat(this.fake.bluegreenCalls()).filteredOn((call) -> call.startsWith("rollback "))
			.containsExactly("rollback backend-server --site iu --namespace falcon",
					"rollback dropbox-ingest --site iu --namespace falcon",
					"rollback diet-service --site iu --namespace falcon",
					"rollback fitbit-service --site iu --namespace falcon",
					"rollback fitness-service --site iu --namespace falcon",
					"rollback backend-data --site iu --namespace falcon");
		assertThat(this.fake.promoted("iu")).isEmpty();
	}

	@Test
	void rollbackTriesEveryServiceAndReportsOneWhoseOldColourIsGone() {
		assertThat(this.fake.run("promote.sh", "iu").exitCode()).isZero();
		this.fake.exit("rollback", "fitness-service", 6);
		Command rollback = this.fake.run("rollback.sh", "iu");
		assertThat(rollback.exitCode()).isEqualTo(6);
		assertThat(rollback.output()).contains("fitness-service cannot be rolled back");
		assertThat(this.fake.bluegreenCalls()).filteredOn((call) -> call.startsWith("rollback ")).hasSize(7);
		assertThat(this.fake.promoted("iu")).containsExactly("fitness-service");
	}

	@Test
	void rollbackWithNothingPromotedCallsNothing() {
		Command rollback = this.fake.run("rollback.sh", "tacc", "iu");
		assertThat(rollback.exitCode()).as(rollback.output()).isZero();
		assertThat(this.fake.bluegreenCalls()).isEmpty();
	}

	@Test
	void finishWaitsForTheHoldThenScalesTheOldColourDownAndForgetsTheService() {
		assertThat(this.fake.run("promote.sh", "iu", "backend-data", "gateway").exitCode()).isZero();
		this.fake.exit("finish", "gateway", 3, 2);
		Command finish = this.fake.run(Map.of("FALCON_FINISH_POLL", "0.1"), "finish.sh", "iu", "tacc");
		assertThat(finish.exitCode()).as(finish.output()).isZero();
		assertThat(this.fake.bluegreenCalls()).filteredOn((call) -> call.startsWith("finish "))
			.containsExactly("finish backend-data --site iu --namespace falcon",
					"finish gateway --site iu --namespace falcon", "finish gateway --site iu --namespace falcon",
					"finish gateway --site iu --namespace falcon");
		assertThat(this.fake.promoted("iu")).isEmpty();
		assertThat(this.fake.run("rollback.sh", "iu").exitCode()).isZero();
		assertThat(this.fake.bluegreenCalls()).noneMatch((call) -> call.startsWith("rollback "));
	}

	@Test
	void finishGivesUpWhenAHoldDoesNotEndInTime() {
		assertThat(this.fake.run("promote.sh", "tacc", "gateway").exitCode()).isZero();
		this.fake.exit("finish", "gateway", 3);
		Command finish = this.fake.run(Map.of("FALCON_FINISH_POLL", "0.2", "FALCON_FINISH_TIMEOUT", "1"), "finish.sh",
				"tacc");
		assertThat(finish.exitCode()).isEqualTo(3);
		assertThat(finish.output()).contains("the hold of gateway's old colour did not end within 1s");
		assertThat(this.fake.promoted("tacc")).containsExactly("gateway");
	}

	@Test
	void smokeChecksEveryPreviewServiceThroughTheApiServer() {
		Command smoke = this.fake.run("smoke.sh", "iu");
		assertThat(smoke.exitCode()).as(smoke.output()).isZero();
		assertThat(this.fake.bluegreenCalls()).hasSize(7).allSatisfy((call) -> assertThat(call).startsWith("status "));
		assertThat(this.fake.kubectlCalls()).hasSize(8)
			.allSatisfy((call) -> assertThat(call).startsWith("--context falcon-iu --namespace falcon get --raw")
				.contains("-preview:"))
			.contains("--context falcon-iu --namespace falcon get --raw "
					+ "/api/v1/namespaces/falcon/services/http:gateway-preview:http/proxy/actuator/health/readiness");
	}

	@Test
	void smokeNamesEveryPreviewThatIsNotReady() {
		this.fake.down("diet-service-preview", "management");
		this.fake.down("gateway-preview", "http");
		Command smoke = this.fake.run("smoke.sh", "tacc");
		assertThat(smoke.exitCode()).isEqualTo(1);
		assertThat(smoke.output()).contains("tacc: diet-service-preview NOT ready", "tacc: gateway-preview NOT ready",
				"tacc: backend-data-preview ready", "failed: diet-service gateway");
	}

	@Test
	void smokeFailsWhenBluegreenFindsAnIdleColourNotReady() {
		this.fake.exit("status", "backend-server", 3);
		Command smoke = this.fake.run("smoke.sh", "iu");
		assertThat(smoke.exitCode()).isEqualTo(3);
		assertThat(this.fake.kubectlCalls()).isEmpty();
	}

	@Test
	void postPromotionChecksProbeTheLiveServices() {
		this.fake.down("backend-data", "management");
		Command verify = this.fake.run("verify-live.sh", "iu");
		assertThat(verify.exitCode()).isEqualTo(1);
		assertThat(verify.output()).contains("iu: backend-data NOT ready", "iu: gateway ready");
		assertThat(this.fake.kubectlCalls()).noneMatch((call) -> call.contains("-preview"));
	}

	@Test
	void passesDryRunAndKubeconfigToBluegreen() {
		Command deploy = this.fake.run(Map.of("FALCON_DRY_RUN", "true", "FALCON_KUBECONFIG", "/etc/falcon/kubeconfig"),
				"deploy.sh", "tacc", "gateway");
		assertThat(deploy.exitCode()).as(deploy.output()).isZero();
		assertThat(this.fake.bluegreenCalls())
			.containsExactly("deploy gateway ghcr.io/falcon-health/gateway:0.1.0-abc1234"
					+ " --timeout 600s --site tacc --namespace falcon --kubeconfig /etc/falcon/kubeconfig --dry-run");
	}

}
