package health.falcon.bluegreen;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@EnableKubernetesMockClient(crud = true)
@Timeout(60)
class PromoteCommandTests {

	private static final String PROXY_READINESS = "/api/v1/namespaces/falcon/services/backend-server-preview:management"
			+ "/proxy/actuator/health/readiness";

	KubernetesMockServer server;

	KubernetesClient client;

	BlueGreenFixture fixture;

	@BeforeEach
	void greenDeployed() {
		this.fixture = new BlueGreenFixture(this.client).greenDeployedBlueLive();
	}

	@Test
	void refusesWhileTheIdleColourIsNotFullyAvailable() throws Exception {
		this.fixture.writeStatus(Colour.GREEN, this.fixture.deployment(Colour.GREEN).getMetadata().getGeneration(), 3,
				2, 2);
		RequestLog.drain(this.server);
		try (SmokeServer smoke = SmokeServer.answering(200)) {
			Cli.Result result = promote(smoke);

			assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_READY);
			assertThat(result.err()).contains("backend-server-green is not fully available", "nothing switched");
			assertThat(smoke.paths()).isEmpty();
		}
		assertThat(RequestLog.writes(RequestLog.drain(this.server))).isEmpty();
		assertThat(this.fixture.liveColour()).isEqualTo("blue");
	}

	@Test
	void refusesWhileTheControllerHasNotObservedTheLatestGeneration() throws Exception {
		long generation = this.fixture.deployment(Colour.GREEN).getMetadata().getGeneration();
		this.fixture.writeStatus(Colour.GREEN, generation - 1, 3, 3, 3);
		try (SmokeServer smoke = SmokeServer.answering(200)) {
			assertThat(promote(smoke).exitCode()).isEqualTo(ExitCodes.NOT_READY);
		}
		assertThat(this.fixture.liveColour()).isEqualTo("blue");
	}

	@Test
	void refusesWhenThePreviewServiceDoesNotSelectTheIdleColour() throws Exception {
		this.fixture.markAvailable(Colour.GREEN);
		this.client.services().inNamespace("falcon").withName("backend-server-preview").edit((s) -> {
			s.getSpec().getSelector().put("color", "blue");
			return s;
		});
		try (SmokeServer smoke = SmokeServer.answering(200)) {
			Cli.Result result = promote(smoke);

			assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_READY);
			assertThat(result.err()).contains("backend-server-preview selects blue");
			assertThat(smoke.paths()).isEmpty();
		}
		assertThat(this.fixture.liveColour()).isEqualTo("blue");
	}

	@Test
	void abortsWithoutSwitchingWhenTheSmokeCheckAnswers503() throws Exception {
		this.fixture.markAvailable(Colour.GREEN);
		RequestLog.drain(this.server);
		try (SmokeServer smoke = SmokeServer.answering(503)) {
			Cli.Result result = promote(smoke);

			assertThat(result.exitCode()).isEqualTo(ExitCodes.SMOKE_FAILED);
			assertThat(result.err()).contains("/actuator/health/readiness answered 503");
			assertThat(smoke.paths()).containsExactly("/actuator/health/readiness");
		}
		assertThat(RequestLog.writes(RequestLog.drain(this.server))).isEmpty();
		assertThat(this.fixture.liveColour()).isEqualTo("blue");
		assertThat(this.fixture.events()).isEmpty();
	}

	@Test
	void abortsWithoutSwitchingWhenTheSmokeCheckCannotConnect() throws Exception {
		String closed;
		try (SmokeServer smoke = SmokeServer.answering(200)) {
			closed = smoke.url();
		}
		this.fixture.markAvailable(Colour.GREEN);
		RequestLog.drain(this.server);

		Cli.Result result = new Cli(this.server).run("promote", "backend-server", "--smoke-url", closed,
				"--smoke-timeout", "2s", "--scale-down-delay", "100ms");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.SMOKE_FAILED);
		assertThat(result.err()).contains("smoke check GET " + closed + "/actuator/health/readiness failed");
		assertThat(RequestLog.writes(RequestLog.drain(this.server))).isEmpty();
		assertThat(this.fixture.liveColour()).isEqualTo("blue");
	}

	@Test
	void switchesTheLiveServiceWithExactlyOnePatchThenHoldsAndScalesTheOldColourDown() throws Exception {
		this.fixture.markAvailable(Colour.GREEN);
		String readVersion = this.fixture.live().getMetadata().getResourceVersion();
		RequestLog.drain(this.server);
		try (SmokeServer smoke = SmokeServer.answering(200)) {
			Cli.Result result = new Cli(this.server).environment(Map.of("BUILD_USER", "jenkins", "USER", "agent"))
				.run("promote", "backend-server", "--smoke-url", smoke.url(), "--scale-down-delay", "100ms");

			assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
			assertThat(result.out()).contains("switched from blue to green (version 0.2.0-bbbbbbb)",
					"scaled backend-server-blue to 0");
			assertThat(smoke.paths()).containsExactly("/actuator/health/readiness");
		}
		List<RecordedRequest> liveWrites = RequestLog.writesTo(RequestLog.drain(this.server),
				BlueGreenFixture.LIVE_PATH);
		// The log keeps method, path and headers; the dispatcher has consumed the body
		// (its
		// shape is in BlueGreenClusterTests, its resourceVersion in
		// ConcurrentPromoteTests).
		assertThat(liveWrites).singleElement().satisfies((patch) -> {
			assertThat(patch.getMethod()).isEqualTo("PATCH");
			assertThat(patch.getHeader("Content-Type")).startsWith("application/merge-patch+json");
		});
		assertThat(Long.parseLong(this.fixture.live().getMetadata().getResourceVersion()))
			.isGreaterThan(Long.parseLong(readVersion));
		assertThat(this.fixture.live().getSpec().getSelector())
			.containsExactlyInAnyOrderEntriesOf(Map.of("app", "backend-server", "color", "green"));
		Map<String, String> annotations = this.fixture.live().getMetadata().getAnnotations();
		assertThat(annotations).containsEntry("falcon.health/switched-by", "jenkins")
			.containsEntry("falcon.health/switched-from", "blue");
		assertThat(Instant.parse(annotations.get("falcon.health/switched-at"))).isCloseTo(Instant.now(),
				within(Duration.ofMinutes(1)));
		assertThat(this.fixture.events()).singleElement().satisfies(this::isTheSwitchToGreen);
		assertThat(this.fixture.previewColour()).isEqualTo("blue");
		assertThat(this.fixture.deployment(Colour.BLUE).getSpec().getReplicas()).isZero();
		assertThat(this.fixture.scaleDownAt(Colour.BLUE)).isNull();
		assertThat(this.fixture.deployment(Colour.GREEN).getSpec().getReplicas()).isEqualTo(3);
	}

	@Test
	void noWaitHoldsTheOldColourForTheDefaultDelayAndFinishScalesItDownAfterwards() throws Exception {
		// 2026-11-01T05:59:30Z is 01:59:30 EDT, half a minute before New York falls back
		// an hour: the hold is 120 s of real time, whatever the wall clocks say.
		MutableClock clock = new MutableClock(Instant.parse("2026-11-01T05:59:30Z"));
		this.fixture.markAvailable(Colour.GREEN);
		Cli cli = new Cli(this.server).clock(clock);
		try (SmokeServer smoke = SmokeServer.answering(204)) {
			Cli.Result result = cli.run("promote", "backend-server", "--smoke-url", smoke.url(), "--no-wait", "--actor",
					"alice");

			assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
			assertThat(result.out()).contains("run 'bluegreen finish backend-server' after 2026-11-01T06:01:30Z");
		}
		assertThat(this.fixture.live().getMetadata().getAnnotations())
			.containsEntry("falcon.health/switched-at", "2026-11-01T05:59:30Z")
			.containsEntry("falcon.health/switched-by", "alice");
		assertThat(this.fixture.deployment(Colour.BLUE).getSpec().getReplicas()).isEqualTo(3);
		assertThat(this.fixture.scaleDownAt(Colour.BLUE)).isEqualTo("2026-11-01T06:01:30Z");

		clock.advance(Duration.ofSeconds(119));
		Cli.Result early = cli.run("finish", "backend-server");
		assertThat(early.exitCode()).isEqualTo(ExitCodes.NOT_READY);
		assertThat(early.out()).contains("backend-server-blue is held until 2026-11-01T06:01:30Z");
		assertThat(this.fixture.deployment(Colour.BLUE).getSpec().getReplicas()).isEqualTo(3);

		clock.advance(Duration.ofSeconds(1));
		Cli.Result done = cli.run("finish", "backend-server");
		assertThat(done.exitCode()).as(done.err()).isEqualTo(ExitCodes.OK);
		assertThat(this.fixture.deployment(Colour.BLUE).getSpec().getReplicas()).isZero();
		assertThat(this.fixture.scaleDownAt(Colour.BLUE)).isNull();
		assertThat(cli.run("finish", "backend-server").out()).contains("nothing to do");
	}

	@Test
	void namesTheActorFromBuildUserElseUser() throws Exception {
		this.fixture.markAvailable(Colour.GREEN);
		try (SmokeServer smoke = SmokeServer.answering(200)) {
			Cli.Result result = new Cli(this.server).environment(Map.of("USER", "bob"))
				.run("promote", "backend-server", "--smoke-url", smoke.url(), "--no-wait");

			assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
		}
		assertThat(this.fixture.live().getMetadata().getAnnotations()).containsEntry("falcon.health/switched-by",
				"bob");
	}

	@Test
	void leavesTheOldColourUpWhenItWasRolledBackDuringTheHold() throws Exception {
		this.fixture.markAvailable(Colour.GREEN);
		Cli rollbackCli = new Cli(this.server);
		try (SmokeServer smoke = SmokeServer.answering(200)) {
			Cli.Result result = new Cli(this.server)
				.pause((deadline, clock) -> assertThat(rollbackCli.run("rollback", "backend-server").exitCode())
					.isEqualTo(ExitCodes.OK))
				.run("promote", "backend-server", "--smoke-url", smoke.url());

			assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
			assertThat(result.out()).contains("not scaling backend-server-blue down: the live colour is blue again");
		}
		assertThat(this.fixture.liveColour()).isEqualTo("blue");
		assertThat(this.fixture.deployment(Colour.BLUE).getSpec().getReplicas()).isEqualTo(3);
		assertThat(this.fixture.deployment(Colour.GREEN).getSpec().getReplicas()).isEqualTo(3);
	}

	@Test
	void smokeChecksThroughTheApiServersServiceProxyFromOutsideTheCluster() {
		this.fixture.markAvailable(Colour.GREEN);
		this.server.expect().get().withPath(PROXY_READINESS).andReturn(503, "not ready").once();
		this.server.expect().get().withPath(PROXY_READINESS).andReturn(200, "{\"status\":\"UP\"}").once();
		Cli cli = new Cli(this.server);

		Cli.Result refused = cli.run("promote", "backend-server", "--scale-down-delay", "100ms");

		assertThat(refused.exitCode()).isEqualTo(ExitCodes.SMOKE_FAILED);
		assertThat(refused.err()).contains(PROXY_READINESS + " (through the API server) answered 503");
		assertThat(this.fixture.liveColour()).isEqualTo("blue");

		Cli.Result promoted = cli.run("promote", "backend-server", "--smoke-via", "proxy", "--no-wait");

		assertThat(promoted.exitCode()).as(promoted.err()).isEqualTo(ExitCodes.OK);
		assertThat(promoted.out()).contains("smoke check GET " + PROXY_READINESS + " answered 200");
		assertThat(this.fixture.liveColour()).isEqualTo("green");
	}

	@Test
	void reportsAForbiddenEventAsAWarningOnceTheSwitchHasHappened() throws Exception {
		this.fixture.markAvailable(Colour.GREEN);
		this.server.expect()
			.post()
			.withPath("/api/v1/namespaces/falcon/events")
			.andReturn(403,
					"{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
							+ "\"reason\":\"Forbidden\",\"code\":403}")
			.always();
		try (SmokeServer smoke = SmokeServer.answering(200)) {
			Cli.Result result = new Cli(this.server).run("promote", "backend-server", "--smoke-url", smoke.url(),
					"--no-wait");

			assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
			assertThat(result.err()).contains("warning: switched, but the Event could not be recorded");
		}
		assertThat(this.fixture.liveColour()).isEqualTo("green");
		assertThat(this.fixture.previewColour()).isEqualTo("blue");
	}

	private Cli.Result promote(SmokeServer smoke) {
		return new Cli(this.server).run("promote", "backend-server", "--smoke-url", smoke.url(), "--scale-down-delay",
				"100ms");
	}

	private void isTheSwitchToGreen(Event event) {
		assertThat(event.getReason()).isEqualTo("ColorSwitched");
		assertThat(event.getType()).isEqualTo("Normal");
		assertThat(event.getInvolvedObject().getKind()).isEqualTo("Service");
		assertThat(event.getInvolvedObject().getName()).isEqualTo("backend-server");
		assertThat(event.getInvolvedObject().getNamespace()).isEqualTo("falcon");
		assertThat(event.getMessage())
			.isEqualTo("Promoted backend-server from blue to green (version 0.2.0-bbbbbbb) by jenkins");
		assertThat(event.getSource().getComponent()).isEqualTo("bluegreen");
	}

}
