package health.falcon.bluegreen;

import java.time.Duration;
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
class DryRunTests {

	KubernetesMockServer server;

	KubernetesClient client;

	BlueGreenFixture fixture;

	@BeforeEach
	void greenDeployed() throws InterruptedException {
		this.fixture = new BlueGreenFixture(this.client).greenDeployedBlueLive();
		this.fixture.markAvailable(Colour.GREEN);
		RequestLog.drain(this.server);
	}

	@Test
	void deploySendsNoWrite() throws Exception {
		Cli.Result result = new Cli(this.server).run("deploy", "backend-server",
				"ghcr.io/falcon-health/backend-server:0.3.0-ccccccc", "--dry-run");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
		assertThat(result.out()).contains("dry run: would set image ghcr.io/falcon-health/backend-server:0.3.0-ccccccc"
				+ " and replicas 3 on falcon/backend-server-green");
		assertThat(RequestLog.writes(RequestLog.drain(this.server))).isEmpty();
	}

	@Test
	void promoteChecksButSendsNoWrite() throws Exception {
		try (SmokeServer smoke = SmokeServer.answering(200)) {
			Cli.Result result = new Cli(this.server).run("promote", "backend-server", "--smoke-url", smoke.url(),
					"--dry-run");

			assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
			assertThat(result.out()).contains("dry run: would patch Service falcon/backend-server at resourceVersion",
					"selector color=green (from blue)");
			assertThat(smoke.paths()).hasSize(1);
		}
		assertThat(RequestLog.writes(RequestLog.drain(this.server))).isEmpty();
		assertThat(this.fixture.liveColour()).isEqualTo("blue");
	}

	@Test
	void promoteStillRefusesWhatItWouldRefuse() throws Exception {
		this.fixture.writeStatus(Colour.GREEN, 1, 3, 3, 1);
		RequestLog.drain(this.server);

		Cli.Result result = new Cli(this.server).run("promote", "backend-server", "--smoke-url", "http://127.0.0.1:9",
				"--dry-run");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_READY);
		assertThat(RequestLog.writes(RequestLog.drain(this.server))).isEmpty();
	}

	@Test
	void rollbackSendsNoWrite() throws Exception {
		Cli.Result result = new Cli(this.server).run("rollback", "backend-server", "--dry-run");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
		assertThat(result.out()).contains("dry run: would patch Service falcon/backend-server",
				"selector color=green (from blue)");
		assertThat(RequestLog.writes(RequestLog.drain(this.server))).isEmpty();
	}

	@Test
	void finishSendsNoWrite() throws Exception {
		MutableClock clock = new MutableClock(Instant.parse("2026-12-06T22:00:00Z"));
		try (SmokeServer smoke = SmokeServer.answering(200)) {
			assertThat(new Cli(this.server).clock(clock)
				.run("promote", "backend-server", "--smoke-url", smoke.url(), "--no-wait")
				.exitCode()).isEqualTo(ExitCodes.OK);
		}
		clock.advance(Duration.ofMinutes(5));
		RequestLog.drain(this.server);

		Cli.Result result = new Cli(this.server).clock(clock).run("finish", "backend-server", "--dry-run");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
		assertThat(result.out()).contains("dry run: would scale falcon/backend-server-blue to 0");
		assertThat(RequestLog.writes(RequestLog.drain(this.server))).isEmpty();
		assertThat(this.fixture.deployment(Colour.BLUE).getSpec().getReplicas()).isEqualTo(3);
	}

}
