package health.falcon.bluegreen;

import java.nio.file.Files;
import java.nio.file.Path;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KubeconfigClientFactoryTests {

	private static final String KUBECONFIG = """
			apiVersion: v1
			kind: Config
			current-context: falcon-iu
			clusters:
			  - name: iu
			    cluster: {server: "https://iu.cluster.invalid:6443"}
			  - name: tacc
			    cluster: {server: "https://tacc.cluster.invalid:6443"}
			users:
			  - name: deployer
			    user: {token: not-a-real-token}
			contexts:
			  - name: falcon-iu
			    context: {cluster: iu, user: deployer}
			  - name: falcon-tacc
			    context: {cluster: tacc, user: deployer}
			""";

	@TempDir
	Path directory;

	private final ClusterOptions options = new ClusterOptions();

	@BeforeEach
	void kubeconfigWithBothSites() throws Exception {
		this.options.kubeconfig = Files.writeString(this.directory.resolve("config"), KUBECONFIG);
	}

	@Test
	void usesTheContextOfTheSite() {
		this.options.site = Site.TACC;

		try (KubernetesClient client = new KubeconfigClientFactory().create(this.options)) {
			assertThat(client.getMasterUrl()).hasHost("tacc.cluster.invalid");
		}
	}

	@Test
	void usesTheCurrentContextWithoutASite() {
		try (KubernetesClient client = new KubeconfigClientFactory().create(this.options)) {
			assertThat(client.getMasterUrl()).hasHost("iu.cluster.invalid");
		}
	}

	@Test
	void refusesASiteWhoseContextIsMissing() throws Exception {
		this.options.kubeconfig = Files.writeString(this.directory.resolve("config"),
				KUBECONFIG.replace("falcon-tacc", "other"));
		this.options.site = Site.TACC;

		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> new KubeconfigClientFactory().create(this.options))
			.withMessage("kube context falcon-tacc not found in the kubeconfig");
	}

}
