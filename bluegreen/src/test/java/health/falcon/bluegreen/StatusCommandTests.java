package health.falcon.bluegreen;

import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@EnableKubernetesMockClient(crud = true)
@Timeout(60)
class StatusCommandTests {

	KubernetesMockServer server;

	KubernetesClient client;

	@BeforeEach
	void greenDeployedNextToAServiceWithoutColours() {
		new BlueGreenFixture(this.client).greenDeployedBlueLive().writeStatus(Colour.GREEN, 1, 3, 2, 2);
		this.client.services()
			.inNamespace("falcon")
			.resource(new ServiceBuilder().withNewMetadata()
				.withName("mongo")
				.endMetadata()
				.withNewSpec()
				.addToSelector("app", "mongo")
				.endSpec()
				.build())
			.create();
	}

	@Test
	void showsOneRowPerColourWithRoleVersionAndReplicas() {
		Cli.Result result = new Cli(this.server).run("status", "--site", "iu");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.NOT_READY);
		assertThat(result.out().lines().toList()).hasSize(3)
			.satisfiesExactly(
					(header) -> assertThat(header).startsWith("SERVICE").contains("DESIRED", "AVAILABLE", "IMAGE"),
					(blue) -> assertThat(blue.split("\\s+")).containsExactly("backend-server", "blue", "live",
							"0.1.0-aaaaaaa", "3", "3", "3", "3", "available", BlueGreenFixture.IMAGE_V1),
					(green) -> assertThat(green.split("\\s+")).containsExactly("backend-server", "green", "preview",
							"0.2.0-bbbbbbb", "3", "3", "2", "2", "progressing", BlueGreenFixture.IMAGE_V2));
	}

	@Test
	void writesJsonForScripts() {
		Cli.Result result = new Cli(this.server).run("status", "backend-server", "--output", "json");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.NOT_READY);
		JsonNode json = JsonMapper.builder().build().readTree(result.out());
		assertThat(json.path("namespace").asString()).isEqualTo("falcon");
		JsonNode service = json.path("services").path(0);
		assertThat(service.path("service").asString()).isEqualTo("backend-server");
		assertThat(service.path("live").asString()).isEqualTo("blue");
		assertThat(service.path("preview").asString()).isEqualTo("green");
		JsonNode green = service.path("colours").path("green");
		assertThat(green.path("version").asString()).isEqualTo("0.2.0-bbbbbbb");
		assertThat(green.path("image").asString()).isEqualTo(BlueGreenFixture.IMAGE_V2);
		assertThat(green.path("desired").asInt()).isEqualTo(3);
		assertThat(green.path("available").asInt()).isEqualTo(2);
		assertThat(green.path("fullyAvailable").asBoolean()).isFalse();
		assertThat(service.path("colours").path("blue").path("fullyAvailable").asBoolean()).isTrue();
		assertThat(service.path("colours").path("blue").path("scaleDownAt").isNull()).isTrue();
	}

	@Test
	void exitsZeroOnceEveryScaledColourIsFullyAvailable() {
		BlueGreenFixture fixture = new BlueGreenFixture(this.client);
		fixture.markAvailable(Colour.GREEN);

		assertThat(new Cli(this.server).run("status", "backend-server", "--dry-run").exitCode())
			.isEqualTo(ExitCodes.OK);
	}

	@Test
	void exitsZeroWithTheIdleColourScaledDown() {
		BlueGreenFixture fixture = new BlueGreenFixture(this.client);
		this.client.apps().deployments().inNamespace("falcon").withName("backend-server-green").scale(0);

		Cli.Result result = new Cli(this.server).run("status", "backend-server");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
		assertThat(result.out()).contains("scaled down");
	}

	@Test
	void exitsThreeWhenTheLiveColourIsNotFullyAvailable() {
		BlueGreenFixture fixture = new BlueGreenFixture(this.client);
		fixture.markAvailable(Colour.GREEN);
		fixture.writeStatus(Colour.BLUE, 1, 3, 3, 2);

		assertThat(new Cli(this.server).run("status").exitCode()).isEqualTo(ExitCodes.NOT_READY);
	}

	@Test
	void failsForAnUnknownService() {
		Cli.Result result = new Cli(this.server).run("status", "fitbit-service");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.ERROR);
		assertThat(result.err()).contains("Service falcon/fitbit-service not found");
	}

	@Test
	void failsForAServiceThatSelectsNoColour() {
		Cli.Result result = new Cli(this.server).run("status", "mongo");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.ERROR);
		assertThat(result.err()).contains("Service falcon/mongo selects no colour");
	}

	@Test
	void looksInTheGivenNamespace() {
		Cli.Result result = new Cli(this.server).run("status", "--namespace", "other", "--output", "json");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
		assertThat(result.out()).contains("\"namespace\" : \"other\"", "\"services\" : [ ]");
	}

}
