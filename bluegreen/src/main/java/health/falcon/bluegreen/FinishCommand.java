package health.falcon.bluegreen;

import java.io.PrintWriter;

import picocli.CommandLine.Command;

/**
 * {@code bluegreen finish <service>}: the scale-down that {@code promote --no-wait} left
 * for later.
 */
@Command(name = "finish", header = "Scale the old colour to 0 once its hold is over (after promote --no-wait).",
		description = { "Scales the old colour to 0 once its falcon.health/scale-down-at has passed "
				+ "(what promote does itself without --no-wait); exit 3 while the hold lasts." })
final class FinishCommand extends ServiceCommand {

	@Override
	int run(BlueGreenCluster kube, PrintWriter out) {
		if (!new ScaleDown(kube, out).finish(this.service, context().clock().instant(), this.cluster.dryRun)) {
			throw new NotReadyException("the hold of " + this.service + "'s old colour has not ended yet");
		}
		return ExitCodes.OK;
	}

}
