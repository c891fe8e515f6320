package health.falcon.bluegreen;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.fabric8.kubernetes.client.KubernetesClient;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the cluster options, the context of the {@code bluegreen}
 * command, and a Kubernetes client that lives as long as the command runs.
 */
abstract class ClusterCommand implements Callable<Integer> {

	@ParentCommand
	BlueGreenCommand parent;

	@Spec
	CommandSpec spec;

	@Mixin
	ClusterOptions cluster;

	@Override
	public Integer call() throws InterruptedException {
		try (KubernetesClient client = context().clients().create(this.cluster)) {
			return run(new BlueGreenCluster(client, this.cluster.namespace), this.spec.commandLine().getOut());
		}
	}

	/**
	 * Runs the command against the cluster.
	 * @param kube the cluster, in the namespace of {@code --namespace}
	 * @param out where results go
	 * @return the exit code
	 * @throws InterruptedException when a wait is interrupted
	 */
	abstract int run(BlueGreenCluster kube, PrintWriter out) throws InterruptedException;

	BlueGreenContext context() {
		return this.parent.context();
	}

}
