package health.falcon.bluegreen;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bluegreen promote <service>}: makes the idle colour live, the way Argo Rollouts
 * promotes a blue/green rollout.
 */
@Command(name = "promote", header = "Make the idle colour live (checks, smoke test, one switch, hold, scale-down).",
		description = { "Switches the live Service to the idle colour: refuses (exit 3) unless the "
				+ "idle colour is fully available; smoke-checks it through the preview Service (exit 4, nothing switched); "
				+ "patches the live Service's selector once, with the resourceVersion it read (exit 5 if someone switched "
				+ "in between); records a ColorSwitched Event; points the preview Service at the old colour; holds the old "
				+ "colour for the scale-down delay, then scales it to 0." })
final class PromoteCommand implements Callable<Integer> {

	@ParentCommand
	BlueGreenCommand parent;

	@Spec
	CommandSpec spec;

	@Mixin
	ClusterOptions cluster;

	@Parameters(index = "0", paramLabel = "service", description = "The service, e.g. backend-server.")
	String service;

	@Option(names = "--smoke-path", paramLabel = "path", defaultValue = "/actuator/health/readiness",
			description = "The path to GET through the preview Service (default: ${DEFAULT-VALUE}).")
	String smokePath;

	@Option(names = "--smoke-port", paramLabel = "name", defaultValue = "management",
			description = "The preview Service's port name to use (default: ${DEFAULT-VALUE}).")
	String smokePort;

	@Option(names = "--smoke-url", paramLabel = "url",
			description = "The smoke check's base URL instead of http://<svc>-preview.<namespace>.svc:<port>, "
					+ "e.g. through a port-forward outside the cluster.")
	@Nullable URI smokeUrl;

	@Option(names = "--smoke-via", paramLabel = "auto|dns|proxy", defaultValue = "auto",
			description = "How the smoke check reaches the preview Service without --smoke-url: dns "
					+ "(http://<svc>-preview.<namespace>.svc:<port>, inside the cluster), proxy (the API server's "
					+ "service proxy, from anywhere the kubeconfig works), or auto (default: dns inside a pod, else proxy).")
	SmokeRoute smokeVia = SmokeRoute.AUTO;

	@Option(names = "--smoke-timeout", paramLabel = "duration", defaultValue = "10s",
			converter = DurationConverter.class,
			description = "Connect and answer timeout of the smoke check (default: ${DEFAULT-VALUE}).")
	Duration smokeTimeout;

	@Option(names = "--scale-down-delay", paramLabel = "duration", defaultValue = "120s",
			converter = DurationConverter.class,
			description = "How long the old colour stays up after the switch (default: ${DEFAULT-VALUE}).")
	Duration scaleDownDelay;

	@Option(names = "--no-wait",
			description = "Exit after the switch; 'bluegreen finish' scales the old colour down once the delay is over.")
	boolean noWait;

	@Option(names = "--actor", paramLabel = "name", description = "Who switches (default: $BUILD_USER, else $USER).")
	@Nullable String actor;

	/**
	 * Runs the smoke check the way the options and the environment call for: the given
	 * URL; else the preview Service's cluster DNS name inside a pod (where
	 * {@code KUBERNETES_SERVICE_HOST} is set); else the API server's service proxy.
	 */
	private void smoke(BlueGreenCluster kube, PrintWriter out) {
		String preview = BlueGreenNames.preview(this.service);
		SmokeRoute route = (this.smokeVia != SmokeRoute.AUTO) ? this.smokeVia
				: (this.parent.context().environment().containsKey("KUBERNETES_SERVICE_HOST") ? SmokeRoute.DNS
						: SmokeRoute.PROXY);
		if (this.smokeUrl == null && route == SmokeRoute.PROXY) {
			String path = ProxySmokeCheck.proxyPath(kube.namespace(), preview, this.smokePort, this.smokePath);
			int status = new ProxySmokeCheck(this.smokeTimeout).check(kube.client(), path);
			out.printf("%s: smoke check GET /%s answered %d%n", this.service, path, status);
			return;
		}
		URI smoke = SmokeCheck.resolve((this.smokeUrl != null) ? this.smokeUrl
				: SmokeCheck.inClusterBase(kube.previewService(this.service), this.smokePort), this.smokePath);
		int status = new SmokeCheck(this.smokeTimeout).check(smoke);
		out.printf("%s: smoke check GET %s answered %d%n", this.service, smoke, status);
	}

	@Override
	public Integer call() throws InterruptedException {
		try (KubernetesClient client = this.parent.context().clients().create(this.cluster)) {
			return promote(new BlueGreenCluster(client, this.cluster.namespace), this.spec.commandLine().getOut());
		}
	}

	private int promote(BlueGreenCluster kube, PrintWriter out) throws InterruptedException {
		BlueGreenContext context = this.parent.context();
		ServiceState state = kube.state(this.service);
		requireReady(state);
		smoke(kube, out);
		Instant at = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
		Instant scaleDownAt = at.plus(this.scaleDownDelay);
		String who = context.actor(this.actor);
		if (this.cluster.dryRun) {
			out.printf("dry run: would patch Service %s/%s at resourceVersion %s: selector %s=%s (from %s), "
					+ "annotated by %s; record a %s Event; point %s at %s; hold %s until %s, then scale it to 0%n",
					kube.namespace(), this.service, state.liveResourceVersion(), BlueGreenNames.COLOR_LABEL,
					state.idle(), state.live(), who, BlueGreenNames.SWITCH_EVENT_REASON,
					BlueGreenNames.preview(this.service), state.live(), state.liveColour().deployment(), scaleDownAt);
			return ExitCodes.OK;
		}
		switchAndHold(kube, state, who, at, scaleDownAt);
		out.printf("%s: switched from %s to %s (version %s); %s held until %s%n", this.service, state.live(),
				state.idle(), state.idleColour().version(), state.liveColour().deployment(), scaleDownAt);
		if (this.noWait) {
			out.printf("%s: run 'bluegreen finish %s' after %s to scale %s to 0%n", this.service, this.service,
					scaleDownAt, state.liveColour().deployment());
			return ExitCodes.OK;
		}
		context.pause().until(scaleDownAt, context.clock());
		new ScaleDown(kube, out).afterPromote(this.service, state.idle(), scaleDownAt);
		return ExitCodes.OK;
	}

	private void requireReady(ServiceState state) {
		ColourState target = state.idleColour();
		if (!target.fullyAvailable()) {
			throw new NotReadyException(
					"%s is not fully available (%s); nothing switched".formatted(target.deployment(), target.counts()));
		}
		if (state.preview() != target.colour()) {
			throw new NotReadyException("Service %s selects %s, not the idle colour %s, so the smoke check would not "
				.formatted(BlueGreenNames.preview(this.service), state.preview(), target.colour())
					+ "reach it; run deploy first; nothing switched");
		}
	}

	private void switchAndHold(BlueGreenCluster kube, ServiceState state, String who, Instant at, Instant scaleDownAt) {
		PrintWriter err = this.spec.commandLine().getErr();
		new ColourSwitch(kube, err).toIdle(state, "Promoted", who, at);
		try {
			kube.markScaleDown(this.service, state.live(), scaleDownAt);
		}
		catch (KubernetesClientException ex) {
			// The switch has happened; without the annotation the old colour simply
			// stays up (neither finish nor the wait after the switch scale an unmarked
			// colour).
			err.printf("bluegreen: warning: switched, but the hold of %s could not be recorded: %s%n",
					state.liveColour().deployment(), ex.getMessage());
		}
	}

}
