package health.falcon.bluegreen;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bluegreen rollback <service>}: switches back to the previous colour while it is
 * still up (Argo Rollouts' fast rollback inside the scale-down delay).
 */
@Command(name = "rollback", header = "Switch back to the previous colour while it is still up.",
		description = { "Switches the live Service back to the previous colour while that colour "
				+ "still has available replicas (else exit 6): the same single patch and Event as promote; cancels the "
				+ "previous colour's scale-down and points the preview Service at the colour that was left, which stays up." })
final class RollbackCommand implements Callable<Integer> {

	@ParentCommand
	BlueGreenCommand parent;

	@Spec
	CommandSpec spec;

	@Mixin
	ClusterOptions cluster;

	@Parameters(index = "0", paramLabel = "service", description = "The service, e.g. backend-server.")
	String service;

	@Option(names = "--actor", paramLabel = "name", description = "Who switches (default: $BUILD_USER, else $USER).")
	@Nullable String actor;

	@Override
	public Integer call() {
		try (KubernetesClient client = this.parent.context().clients().create(this.cluster)) {
			return rollback(new BlueGreenCluster(client, this.cluster.namespace), this.spec.commandLine().getOut());
		}
	}

	private int rollback(BlueGreenCluster kube, PrintWriter out) {
		BlueGreenContext context = this.parent.context();
		ServiceState state = kube.state(this.service);
		ColourState previous = state.idleColour();
		if (!previous.up()) {
			throw new RollbackImpossibleException("%s is no longer up (%s); deploy the previous version again"
				.formatted(previous.deployment(), previous.counts()));
		}
		PrintWriter err = this.spec.commandLine().getErr();
		if (!previous.fullyAvailable()) {
			err.printf("bluegreen: warning: %s is not fully available (%s); switching back anyway%n",
					previous.deployment(), previous.counts());
		}
		Instant at = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
		String who = context.actor(this.actor);
		if (this.cluster.dryRun) {
			out.printf(
					"dry run: would patch Service %s/%s at resourceVersion %s: selector %s=%s (from %s), "
							+ "annotated by %s; record a %s Event; point %s at %s%s%n",
					kube.namespace(), this.service, state.liveResourceVersion(), BlueGreenNames.COLOR_LABEL,
					previous.colour(), state.live(), who, BlueGreenNames.SWITCH_EVENT_REASON,
					BlueGreenNames.preview(this.service), state.live(),
					(previous.scaleDownAt() != null) ? "; cancel the scale-down of " + previous.deployment() : "");
			return ExitCodes.OK;
		}
		if (previous.scaleDownAt() != null) {
			// Cancel the hold before the switch so that a promote still waiting for it
			// finds the hold changed and leaves the colour up.
			kube.markScaleDown(this.service, previous.colour(), null);
		}
		new ColourSwitch(kube, err).toIdle(state, "Rolled back", who, at);
		out.printf("%s: rolled back from %s to %s (version %s); %s stays up%n", this.service, state.live(),
				previous.colour(), previous.version(), state.liveColour().deployment());
		return ExitCodes.OK;
	}

}
