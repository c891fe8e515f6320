package health.falcon.bluegreen;

import java.time.Instant;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@EnableKubernetesMockClient(crud = true)
@Timeout(60)
class RollbackCommandTests {

	KubernetesMockServer server;

	KubernetesClient client;

	BlueGreenFixture fixture;

	@BeforeEach
	void greenDeployed() {
		this.fixture = new BlueGreenFixture(this.client).greenDeployedBlueLive();
		this.fixture.markAvailable(Colour.GREEN);
	}

	@Test
	void switchesBackInsideTheHold() throws Exception {
		promote("--no-wait");
		assertThat(this.fixture.scaleDownAt(Colour.BLUE)).isNotNull();

		Cli.Result result = new Cli(this.server).run("rollback", "backend-server", "--actor", "oncall");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
		assertThat(result.out()).contains("rolled back from green to blue (version 0.1.0-aaaaaaa)");
		assertThat(this.fixture.liveColour()).isEqualTo("blue");
		assertThat(this.fixture.live().getMetadata().getAnnotations())
			.containsEntry("falcon.health/switched-by", "oncall")
			.containsEntry("falcon.health/switched-from", "green");
		assertThat(Instant.parse(this.fixture.live().getMetadata().getAnnotations().get("falcon.health/switched-at")))
			.isNotNull();
		assertThat(this.fixture.previewColour()).isEqualTo("green");
		assertThat(this.fixture.scaleDownAt(Colour.BLUE)).isNull();
		assertThat(this.fixture.deployment(Colour.BLUE).getSpec().getReplicas()).isEqualTo(3);
		assertThat(this.fixture.deployment(Colour.GREEN).getSpec().getReplicas()).isEqualTo(3);
		assertThat(this.fixture.events()).hasSize(2)
			.anySatisfy((event) -> assertThat(event.getMessage())
				.isEqualTo("Rolled back backend-server from green to blue (version 0.1.0-aaaaaaa) by oncall"))
			.allSatisfy((event) -> assertThat(event.getReason()).isEqualTo("ColorSwitched"));
	}

	@Test
	void isImpossibleOnceTheOldColourWasScaledToZero() throws Exception {
		promote("--scale-down-delay", "100ms");
		assertThat(this.fixture.deployment(Colour.BLUE).getSpec().getReplicas()).isZero();

		Cli.Result result = new Cli(this.server).run("rollback", "backend-server");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.ROLLBACK_IMPOSSIBLE);
		assertThat(result.err()).contains("backend-server-blue is no longer up");
		assertThat(this.fixture.liveColour()).isEqualTo("green");
		assertThat(this.fixture.events()).hasSize(1);
	}

	@Test
	void isImpossibleWhenThePreviousColourHasNoAvailableReplica() {
		this.fixture.writeStatus(Colour.GREEN, 1, 0, 0, 0);

		Cli.Result result = new Cli(this.server).run("rollback", "backend-server");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.ROLLBACK_IMPOSSIBLE);
		assertThat(this.fixture.liveColour()).isEqualTo("blue");
	}

	private void promote(String... options) throws Exception {
		try (SmokeServer smoke = SmokeServer.answering(200)) {
			String[] args = new String[options.length + 4];
			args[0] = "promote";
			args[1] = "backend-server";
			args[2] = "--smoke-url";
			args[3] = smoke.url();
			System.arraycopy(options, 0, args, 4, options.length);
			Cli.Result result = new Cli(this.server).run(args);
			assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
		}
	}

}
