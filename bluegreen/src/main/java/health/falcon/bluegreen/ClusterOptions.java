package health.falcon.bluegreen;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options every command takes: where the cluster is, which namespace, and whether to
 * change anything.
 */
final class ClusterOptions {

	@Option(names = "--site", paramLabel = "iu|tacc",
			description = "The site: uses the kube context falcon-<site> (default: the current context, or in-cluster).")
	@Nullable Site site;

	@Option(names = "--kubeconfig", paramLabel = "file",
			description = "The kubeconfig to read (default: KUBECONFIG or ~/.kube/config).")
	@Nullable Path kubeconfig;

	@Option(names = "--namespace", paramLabel = "name", defaultValue = "falcon",
			description = "The namespace (default: ${DEFAULT-VALUE}).")
	String namespace = "falcon";

	@Option(names = "--dry-run", description = "Print what would change and change nothing.")
	boolean dryRun;

	/**
	 * The kube context to use.
	 * @return {@code falcon-<site>}, or {@code null} for the kubeconfig's current context
	 */
	@Nullable String kubeContext() {
		return (this.site != null) ? this.site.kubeContext() : null;
	}

}
