package health.falcon.bluegreen;

import java.util.concurrent.Callable;

import io.fabric8.kubernetes.client.KubernetesClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bluegreen finish <service>}: the scale-down that {@code promote --no-wait} left
 * for later.
 */
@Command(name = "finish", header = "Scale the old colour to 0 once its hold is over (after promote --no-wait).",
		description = { "Scales the old colour to 0 once its falcon.health/scale-down-at has passed "
				+ "(what promote does itself without --no-wait); exit 3 while the hold lasts." })
final class FinishCommand implements Callable<Integer> {

	@ParentCommand
	BlueGreenCommand parent;

	@Spec
	CommandSpec spec;

	@Mixin
	ClusterOptions cluster;

	@Parameters(index = "0", paramLabel = "service", description = "The service, e.g. backend-server.")
	String service;

	@Override
	public Integer call() {
		try (KubernetesClient client = this.parent.context().clients().create(this.cluster)) {
			ScaleDown scaleDown = new ScaleDown(new BlueGreenCluster(client, this.cluster.namespace),
					this.spec.commandLine().getOut());
			if (!scaleDown.finish(this.service, this.parent.context().clock().instant(), this.cluster.dryRun)) {
				throw new NotReadyException("the hold of " + this.service + "'s old colour has not ended yet");
			}
			return ExitCodes.OK;
		}
	}

}
