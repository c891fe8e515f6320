package health.falcon.bluegreen;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EnableKubernetesMockClient(crud = true)
@Timeout(60)
class DeployCommandTests {

	private static final String IMAGE_V3 = "ghcr.io/falcon-health/backend-server:0.3.0-ccccccc";

	KubernetesMockServer server;

	KubernetesClient client;

	BlueGreenFixture fixture;

	@BeforeEach
	void blueLiveGreenScaledDown() {
		this.fixture = new BlueGreenFixture(this.client);
		this.fixture.service("backend-server", Colour.BLUE);
		this.fixture.service("backend-server-preview", Colour.BLUE);
		this.fixture.deployment(Colour.BLUE, BlueGreenFixture.IMAGE_V1, 3);
		this.fixture.deployment(Colour.GREEN, BlueGreenFixture.IMAGE_V1, 0);
		this.fixture.markAvailable(Colour.BLUE);
		this.fixture.markAvailable(Colour.GREEN);
	}

	@Test
	void putsTheImageOnTheIdleColourAndWaitsUntilTheControllerReportsItFullyAvailable() throws Exception {
		CompletableFuture<Void> controller = CompletableFuture.runAsync(this::rollOutGreenInTwoSteps);

		Cli.Result result = new Cli(this.server).run("deploy", "backend-server", IMAGE_V3, "--timeout", "30s");

		controller.join();
		assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
		assertThat(result.out()).contains("deploying " + IMAGE_V3 + " to green (3 replicas)",
				"pointed backend-server-preview at green", "backend-server-green is fully available (3/3)");
		Deployment green = this.fixture.deployment(Colour.GREEN);
		assertThat(green.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).isEqualTo(IMAGE_V3);
		assertThat(green.getSpec().getReplicas()).isEqualTo(3);
		assertThat(green.getMetadata().getAnnotations()).containsEntry("falcon.health/version", "0.3.0-ccccccc");
		assertThat(this.fixture.previewColour()).isEqualTo("green");
		assertThat(this.fixture.liveColour()).isEqualTo("blue");
		assertThat(this.fixture.deployment(Colour.BLUE)
			.getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.get(0)
			.getImage()).isEqualTo(BlueGreenFixture.IMAGE_V1);
	}

	@Test
	void timesOutWhenTheControllerNeverObservesTheNewGeneration() {
		Cli.Result result = new Cli(this.server).run("deploy", "backend-server", IMAGE_V3, "--timeout", "300ms");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_READY);
		assertThat(result.err()).contains("backend-server-green is not fully available after PT0.3S");
	}

	@Test
	void timesOutWhenNotEveryReplicaBecomesAvailable() {
		CompletableFuture<Void> controller = CompletableFuture.runAsync(() -> {
			long generation = awaitNewGreenGeneration();
			this.fixture.writeStatus(Colour.GREEN, generation, 3, 2, 2);
		});

		Cli.Result result = new Cli(this.server).run("deploy", "backend-server", IMAGE_V3, "--timeout", "3s");

		controller.join();
		assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_READY);
		assertThat(result.err()).contains("backend-server-green is not fully available after PT3S");
	}

	@Test
	void keepsTheIdleColoursReplicasWhenItIsAlreadyScaledAndCancelsItsScaleDown() {
		this.client.apps().deployments().inNamespace("falcon").withName("backend-server-green").edit((d) -> {
			d.getSpec().setReplicas(2);
			d.getMetadata().getAnnotations().put("falcon.health/scale-down-at", "2026-12-06T22:00:00Z");
			return d;
		});
		CompletableFuture<Void> controller = CompletableFuture.runAsync(() -> {
			awaitNewGreenGeneration();
			this.fixture.markAvailable(Colour.GREEN);
		});

		Cli.Result result = new Cli(this.server).run("deploy", "backend-server", IMAGE_V3, "--timeout", "30s");

		controller.join();
		assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
		assertThat(this.fixture.deployment(Colour.GREEN).getSpec().getReplicas()).isEqualTo(2);
		assertThat(this.fixture.scaleDownAt(Colour.GREEN)).isNull();
	}

	@Test
	void refusesMutableImages() {
		assertThat(new Cli(this.server).run("deploy", "backend-server", "ghcr.io/falcon-health/backend-server:latest")
			.exitCode()).isEqualTo(ExitCodes.USAGE);
		Cli.Result untagged = new Cli(this.server).run("deploy", "backend-server",
				"ghcr.io/falcon-health/backend-server");
		assertThat(untagged.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(untagged.err()).contains("must carry a tag other than latest, or a digest");
		assertThat(this.fixture.deployment(Colour.GREEN).getSpec().getReplicas()).isZero();
	}

	@Test
	void failsWhenTheServiceDoesNotExist() {
		Cli.Result result = new Cli(this.server).run("deploy", "diet-service", IMAGE_V3);

		assertThat(result.exitCode()).isEqualTo(ExitCodes.ERROR);
		assertThat(result.err()).contains("Service falcon/diet-service not found");
	}

	/**
	 * Plays the Deployment controller: first a stale status, then the finished rollout.
	 */
	private void rollOutGreenInTwoSteps() {
		long generation = awaitNewGreenGeneration();
		this.fixture.writeStatus(Colour.GREEN, generation - 1, 0, 0, 0);
		this.fixture.writeStatus(Colour.GREEN, generation, 3, 1, 1);
		this.fixture.markAvailable(Colour.GREEN);
	}

	private long awaitNewGreenGeneration() {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.fixture.deployment(Colour.GREEN),
					(d) -> IMAGE_V3.equals(d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()))
			.getMetadata()
			.getGeneration();
	}

}
