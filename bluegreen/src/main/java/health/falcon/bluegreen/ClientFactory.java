package health.falcon.bluegreen;

import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Makes the Kubernetes client a command talks to; tests hand in the mock server's.
 */
@FunctionalInterface
interface ClientFactory {

	/**
	 * Makes a client; the caller closes it.
	 * @param options the cluster options of the command line
	 * @return a new client
	 */
	KubernetesClient create(ClusterOptions options);

}
