package health.falcon.k8s.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * deploy.sh, promote.sh and rollback.sh driving the real bluegreen jar against the
 * fabric8 mock server (CRUD mode, Deployment status written by hand since no controller
 * runs), through a kubeconfig whose contexts falcon-iu and falcon-tacc point at it.
 * Skipped when the reactor has not built {@code bluegreen/target/bluegreen.jar}.
 */
@EnableKubernetesMockClient(crud = true)
class ScriptsWithBluegreenTests {

	private static final String PROXY = "/api/v1/namespaces/falcon/services/gateway-preview:management/proxy"
			+ "/actuator/health/readiness";

	KubernetesMockServer server;

	KubernetesClient client;

	@TempDir
	Path directory;

	private Map<String, String> environment = Map.of();

	@BeforeEach
	void gatewayBlueLiveGreenIdle() throws IOException {
		assumeTrue(Files.isRegularFile(Repository.root().resolve("bluegreen/target/bluegreen.jar")),
				"bluegreen/target/bluegreen.jar is not built");
		service("gateway", "blue");
		service("gateway-preview", "green");
		deployment("blue", "ghcr.io/falcon-health/gateway:0.1.0-aaaaaaa");
		deployment("green", "ghcr.io/falcon-health/gateway:0.1.0-aaaaaaa");
		markAvailable("blue");
		markAvailable("green");
		Path kubeconfig = Files.writeString(this.directory.resolve("kubeconfig"), """
				apiVersion: v1
				kind: Config
				clusters:
				- name: mock
				  cluster:
				    server: %s
				    insecure-skip-tls-verify: true
				users:
				- name: jenkins
				  user:
				    token: secret
				contexts:
				- name: falcon-iu
				  context: {cluster: mock, user: jenkins, namespace: falcon}
				- name: falcon-tacc
				  context: {cluster: mock, user: jenkins, namespace: falcon}
				current-context: falcon-tacc
				""".formatted(this.client.getMasterUrl()));
		this.environment = Map.of("FALCON_KUBECONFIG", kubeconfig.toString(), "FALCON_CI_STATE_DIR",
				this.directory.resolve("state").toString(), "FALCON_IMAGE_TAG", "0.2.0-bbbbbbb",
				"FALCON_DEPLOY_TIMEOUT", "2s");
	}

	@Test
	void deployReportsAnIdleColourThatDoesNotBecomeAvailable() {
		Command deploy = run("deploy.sh", "iu", "gateway");
		assertThat(deploy.exitCode()).as(deploy.output()).isEqualTo(3);
		assertThat(deployment("green").getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
			.isEqualTo("ghcr.io/falcon-health/gateway:0.2.0-bbbbbbb");
		assertThat(liveColour()).isEqualTo("blue");
	}

	@Test
	void promoteSwitchesOnceTheSmokeCheckPassesAndRollbackSwitchesBack() {
		this.server.expect().get().withPath(PROXY).andReturn(503, "not ready").once();
		Command refused = run("promote.sh", "iu", "gateway");
		assertThat(refused.exitCode()).as(refused.output()).isEqualTo(4);
		assertThat(liveColour()).isEqualTo("blue");

		this.server.expect().get().withPath(PROXY).andReturn(200, "{\"status\":\"UP\"}").once();
		Command promoted = run("promote.sh", "iu", "gateway");
		assertThat(promoted.exitCode()).as(promoted.output()).isZero();
		assertThat(liveColour()).isEqualTo("green");

		Command rollback = run("rollback.sh", "tacc", "iu");
		assertThat(rollback.exitCode()).as(rollback.output()).isZero();
		assertThat(liveColour()).isEqualTo("blue");
	}

	@Test
	void smokeProbesThePreviewThroughTheApiServerWithKubectl() {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/kubectl")), "kubectl is not installed");
		String services = "/api/v1/namespaces/falcon/services/";
		this.server.expect()
			.get()
			.withPath(services + "http:gateway-preview:management/proxy/actuator/health/readiness")
			.andReturn(200, "{\"status\":\"UP\"}")
			.once();
		this.server.expect()
			.get()
			.withPath(services + "http:gateway-preview:http/proxy/actuator/health/readiness")
			.andReturn(503, "{\"status\":\"OUT_OF_SERVICE\"}")
			.always();
		Command smoke = run("smoke.sh", "iu", "gateway");
		assertThat(smoke.exitCode()).as(smoke.output()).isEqualTo(1);
		assertThat(smoke.output()).contains("iu: gateway-preview NOT ready");
	}

	private Command run(String script, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Repository.ci().resolve(script).toString());
		command.addAll(List.of(arguments));
		return Command.run(Repository.root(), this.environment, command);
	}

	private void service(String name, String colour) {
		this.client.services()
			.inNamespace("falcon")
			.resource(new ServiceBuilder().withNewMetadata()
				.withName(name)
				.addToLabels("app", "gateway")
				.endMetadata()
				.withNewSpec()
				.addToSelector("app", "gateway")
				.addToSelector("color", colour)
				.addNewPort()
				.withName("http")
				.withPort(8080)
				.endPort()
				.addNewPort()
				.withName("management")
				.withPort(8180)
				.endPort()
				.endSpec()
				.build())
			.create();
	}

	private void deployment(String colour, String image) {
		Map<String, String> labels = Map.of("app", "gateway", "color", colour);
		this.client.apps()
			.deployments()
			.inNamespace("falcon")
			.resource(new DeploymentBuilder().withNewMetadata()
				.withName("gateway-" + colour)
				.withLabels(labels)
				.endMetadata()
				.withNewSpec()
				.withReplicas(2)
				.withNewSelector()
				.withMatchLabels(labels)
				.endSelector()
				.withNewTemplate()
				.withNewMetadata()
				.withLabels(labels)
				.endMetadata()
				.withNewSpec()
				.addNewContainer()
				.withName("gateway")
				.withImage(image)
				.endContainer()
				.endSpec()
				.endTemplate()
				.endSpec()
				.build())
			.create();
	}

	private void markAvailable(String colour) {
		Deployment deployment = deployment(colour);
		deployment
			.setStatus(new DeploymentStatusBuilder().withObservedGeneration(deployment.getMetadata().getGeneration())
				.withReplicas(2)
				.withUpdatedReplicas(2)
				.withReadyReplicas(2)
				.withAvailableReplicas(2)
				.build());
		this.client.apps().deployments().inNamespace("falcon").resource(deployment).updateStatus();
	}

	private Deployment deployment(String colour) {
		return this.client.apps().deployments().inNamespace("falcon").withName("gateway-" + colour).get();
	}

	private String liveColour() {
		return this.client.services()
			.inNamespace("falcon")
			.withName("gateway")
			.get()
			.getSpec()
			.getSelector()
			.get("color");
	}

}
