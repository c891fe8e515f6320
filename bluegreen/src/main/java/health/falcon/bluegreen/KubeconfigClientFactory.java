package health.falcon.bluegreen;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/**
 * Makes clients from a kubeconfig (the given file, or KUBECONFIG, or ~/.kube/config) and
 * its context {@code falcon-<site>}; without a site, the current context or, inside a
 * pod, the service account.
 */
final class KubeconfigClientFactory implements ClientFactory {

	@Override
	public KubernetesClient create(ClusterOptions options) {
		String context = options.kubeContext();
		Config config = (options.kubeconfig != null) ? Config.fromKubeconfig(context, options.kubeconfig.toFile())
				: Config.autoConfigure(context);
		if (context != null
				&& (config.getCurrentContext() == null || !context.equals(config.getCurrentContext().getName()))) {
			throw new ResourceNotFoundException("kube context %s not found in the kubeconfig".formatted(context));
		}
		return new KubernetesClientBuilder().withConfig(config).build();
	}

}
