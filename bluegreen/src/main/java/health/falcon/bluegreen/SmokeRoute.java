package health.falcon.bluegreen;

/**
 * How the smoke check reaches the preview Service.
 */
enum SmokeRoute {

	/** DNS inside a pod, else the API server's service proxy. */
	AUTO,

	/** The preview Service's cluster DNS name (only inside the cluster). */
	DNS,

	/** The API server's service proxy (wherever the kubeconfig works). */
	PROXY

}
