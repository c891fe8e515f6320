package health.falcon.bluegreen;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@EnableKubernetesMockClient(crud = true)
@Timeout(60)
class ConcurrentPromoteTests {

	KubernetesMockServer server;

	KubernetesClient client;

	@RepeatedTest(3)
	void oneOfTwoConcurrentPromotesWinsAndTheOtherFailsOnTheResourceVersionConflict() throws Exception {
		BlueGreenFixture fixture = new BlueGreenFixture(this.client).greenDeployedBlueLive();
		fixture.markAvailable(Colour.GREEN);
		// The smoke server answers only once both promotes have asked, so both have read
		// the live Service (and its resourceVersion) before either patches it.
		try (SmokeServer smoke = SmokeServer.answeringTogether(200, 2)) {
			CompletableFuture<Cli.Result> first = CompletableFuture.supplyAsync(() -> promote(smoke));
			CompletableFuture<Cli.Result> second = CompletableFuture.supplyAsync(() -> promote(smoke));
			List<Cli.Result> results = List.of(first.get(45, TimeUnit.SECONDS), second.get(45, TimeUnit.SECONDS));

			assertThat(smoke.paths()).hasSize(2);
			assertThat(results).extracting(Cli.Result::exitCode)
				.containsExactlyInAnyOrder(ExitCodes.OK, ExitCodes.CONFLICT);
			assertThat(results).filteredOn((r) -> r.exitCode() == ExitCodes.CONFLICT)
				.singleElement()
				.satisfies((loser) -> assertThat(loser.err())
					.contains("Service falcon/backend-server changed since it was read", "someone else switched it"));
		}
		assertThat(fixture.liveColour()).isEqualTo("green");
		assertThat(fixture.live().getMetadata().getAnnotations()).containsEntry("falcon.health/switched-from", "blue");
		assertThat(fixture.events()).hasSize(1);
		assertThat(fixture.previewColour()).isEqualTo("blue");
	}

	private Cli.Result promote(SmokeServer smoke) {
		return new Cli(this.server).run("promote", "backend-server", "--smoke-url", smoke.url(), "--no-wait");
	}

}
