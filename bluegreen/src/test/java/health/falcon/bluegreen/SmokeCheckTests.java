package health.falcon.bluegreen;

import java.net.URI;
import java.time.Duration;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SmokeCheckTests {

	private final SmokeCheck check = new SmokeCheck(Duration.ofSeconds(2));

	@Test
	void addressesThePreviewServiceByItsClusterDnsNameAndNamedPort() {
		Service preview = preview("http", 8081, "management", 8181);

		// Plain HTTP: the address exists only inside the cluster.
		assertThat(SmokeCheck.inClusterBase(preview, "management")).hasScheme("http")
			.hasHost("backend-server-preview.falcon.svc")
			.hasPort(8181)
			.hasPath("");
		assertThat(SmokeCheck.inClusterBase(preview, "http")).hasHost("backend-server-preview.falcon.svc")
			.hasPort(8081);
	}

	@Test
	void usesTheOnlyPortWhateverItsName() {
		assertThat(SmokeCheck.inClusterBase(preview("web", 80), "management")).hasPort(80);
	}

	@Test
	void refusesAServiceWithoutThePortAmongSeveral() {
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> SmokeCheck.inClusterBase(preview("a", 1, "b", 2), "management"))
			.withMessage("Service backend-server-preview has no port named management");
	}

	@Test
	void joinsBaseAndPathWithOneSlash() {
		assertThat(SmokeCheck.resolve(URI.create("http://127.0.0.1:8181/"), "/actuator/health/readiness"))
			.hasToString("http://127.0.0.1:8181/actuator/health/readiness");
		assertThat(SmokeCheck.resolve(URI.create("http://127.0.0.1:8181/prefix"), "ready"))
			.hasToString("http://127.0.0.1:8181/prefix/ready");
	}

	@ParameterizedTest
	@ValueSource(ints = { 200, 204 })
	void passesOn2xx(int status) throws Exception {
		try (SmokeServer smoke = SmokeServer.answering(status)) {
			assertThat(this.check.check(SmokeCheck.resolve(URI.create(smoke.url()), "/ready"))).isEqualTo(status);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 301, 404, 500, 503 })
	void failsOnAnythingElse(int status) throws Exception {
		try (SmokeServer smoke = SmokeServer.answering(status)) {
			URI target = SmokeCheck.resolve(URI.create(smoke.url()), "/ready");
			assertThatExceptionOfType(SmokeCheckFailedException.class).isThrownBy(() -> this.check.check(target))
				.withMessage("smoke check GET " + target + " answered " + status)
				.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(ExitCodes.SMOKE_FAILED));
		}
	}

	private static Service preview(Object... namesAndPorts) {
		ServiceBuilder builder = new ServiceBuilder().withNewMetadata()
			.withName("backend-server-preview")
			.withNamespace("falcon")
			.endMetadata()
			.withNewSpec()
			.endSpec();
		for (int i = 0; i < namesAndPorts.length; i += 2) {
			builder.editSpec()
				.addNewPort()
				.withName((String) namesAndPorts[i])
				.withPort((Integer) namesAndPorts[i + 1])
				.endPort()
				.endSpec();
		}
		return builder.build();
	}

}
