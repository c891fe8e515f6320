package health.falcon.bluegreen;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ColourStateTests {

	@ParameterizedTest(name = "desired {0}, generation {1}, observed {2}, replicas {3}, updated {4}, available {5}")
	@CsvSource({ "3, 2, 2, 3, 3, 3, true", "3, 3, 2, 3, 3, 3, false", "3, 2, 3, 3, 3, 3, true",
			"3, 2, 2, 3, 2, 3, false", "3, 2, 2, 3, 3, 2, false", "3, 2, 2, 4, 3, 3, false",
			"0, 2, 2, 0, 0, 0, false" })
	void isFullyAvailableOnlyWhenTheControllerCaughtUpAndEveryReplicaIsUpdatedAndAvailable(int desired, long generation,
			long observed, int replicas, int updated, int available, boolean fullyAvailable) {
		Deployment deployment = deployment(desired, generation, observed, replicas, updated, available);

		assertThat(ColourState.of("gateway", Colour.BLUE, deployment).fullyAvailable()).isEqualTo(fullyAvailable);
	}

	@ParameterizedTest
	@CsvSource({ "3, 1, true", "3, 0, false", "0, 3, false" })
	void isUpWhileScaledAboveZeroWithAnAvailableReplica(int desired, int available, boolean up) {
		assertThat(ColourState.of("gateway", Colour.BLUE, deployment(desired, 1, 1, desired, desired, available)).up())
			.isEqualTo(up);
	}

	@Test
	void readsAMissingDeploymentAsNeitherAvailableNorUp() {
		ColourState missing = ColourState.of("gateway", Colour.GREEN, null);

		assertThat(missing.exists()).isFalse();
		assertThat(missing.deployment()).isEqualTo("gateway-green");
		assertThat(missing.fullyAvailable()).isFalse();
		assertThat(missing.up()).isFalse();
	}

	@Test
	void prefersTheVersionAnnotationOverTheImageTag() {
		Deployment deployment = new DeploymentBuilder(deployment(1, 1, 1, 1, 1, 1)).editMetadata()
			.addToAnnotations("falcon.health/version", "1.0.0")
			.endMetadata()
			.build();

		assertThat(ColourState.of("gateway", Colour.BLUE, deployment).version()).isEqualTo("1.0.0");
		assertThat(ColourState.of("gateway", Colour.BLUE, deployment(1, 1, 1, 1, 1, 1)).version()).isEqualTo("7");
	}

	@Test
	void readsTheServicesContainerAmongSidecars() {
		Deployment deployment = new DeploymentBuilder(deployment(1, 1, 1, 1, 1, 1)).editSpec()
			.editTemplate()
			.editSpec()
			.addNewContainer()
			.withName("log-shipper")
			.withImage("fluent-bit:3.2")
			.endContainer()
			.endSpec()
			.endTemplate()
			.endSpec()
			.build();

		assertThat(ColourState.of("gateway", Colour.BLUE, deployment).image()).isEqualTo("ghcr.io/x/gateway:7");
		assertThat(ColourState.of("other", Colour.BLUE, deployment).image()).isNull();
	}

	private static Deployment deployment(int desired, long generation, long observed, int replicas, int updated,
			int available) {
		return new DeploymentBuilder().withNewMetadata()
			.withName("gateway-blue")
			.withGeneration(generation)
			.endMetadata()
			.withNewSpec()
			.withReplicas(desired)
			.withNewTemplate()
			.withNewSpec()
			.addNewContainer()
			.withName("gateway")
			.withImage("ghcr.io/x/gateway:7")
			.endContainer()
			.endSpec()
			.endTemplate()
			.endSpec()
			.withNewStatus()
			.withObservedGeneration(observed)
			.withReplicas(replicas)
			.withUpdatedReplicas(updated)
			.withReadyReplicas(available)
			.withAvailableReplicas(available)
			.endStatus()
			.build();
	}

}
