package health.falcon.bluegreen;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import io.fabric8.kubernetes.client.KubernetesClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bluegreen deploy <service> <image>}: puts an image on the idle colour and waits
 * until it is fully available.
 */
@Command(name = "deploy", header = "Put an image on the idle colour and wait until it is fully available.",
		description = { "Sets the image on the idle colour's Deployment (the colour the live Service "
				+ "does not select), scales it to the live colour's replicas if it is at 0, annotates falcon.health/version, "
				+ "points the preview Service at it, and waits until observedGeneration >= generation and "
				+ "updated == available == desired replicas." })
final class DeployCommand implements Callable<Integer> {

	@ParentCommand
	BlueGreenCommand parent;

	@Spec
	CommandSpec spec;

	@Mixin
	ClusterOptions cluster;

	@Parameters(index = "0", paramLabel = "service", description = "The service, e.g. backend-server.")
	String service;

	@Parameters(index = "1", paramLabel = "image",
			description = "The image with an immutable tag or a digest (never latest).")
	String image;

	@Option(names = "--timeout", paramLabel = "duration", defaultValue = "600s", converter = DurationConverter.class,
			description = "How long to wait for the idle colour (default: ${DEFAULT-VALUE}); exit 3 after.")
	Duration timeout;

	@Override
	public Integer call() {
		ImageReference reference = ImageReference.parse(this.image);
		if (!reference.immutable()) {
			throw new ParameterException(this.spec.commandLine(),
					"image " + this.image + " must carry a tag other than latest, or a digest");
		}
		try (KubernetesClient client = this.parent.context().clients().create(this.cluster)) {
			return deploy(new BlueGreenCluster(client, this.cluster.namespace), reference,
					this.spec.commandLine().getOut());
		}
	}

	private int deploy(BlueGreenCluster kube, ImageReference reference, PrintWriter out) {
		ServiceState state = kube.state(this.service);
		ColourState idle = state.idleColour();
		if (!idle.exists()) {
			throw new ResourceNotFoundException(
					"Deployment %s/%s not found".formatted(kube.namespace(), idle.deployment()));
		}
		int replicas = (idle.desired() > 0) ? idle.desired() : Math.max(1, state.liveColour().desired());
		out.printf("%s: live colour %s; deploying %s to %s (%d replicas)%n", this.service, state.live(), this.image,
				idle.colour(), replicas);
		if (this.cluster.dryRun) {
			out.printf(
					"dry run: would set image %s and replicas %d on %s/%s, annotate %s=%s%s, point %s at %s, "
							+ "and wait up to %s%n",
					this.image, replicas, kube.namespace(), idle.deployment(), BlueGreenNames.VERSION,
					reference.version(), (idle.scaleDownAt() != null) ? ", cancel its scale-down" : "",
					BlueGreenNames.preview(this.service), idle.colour(), this.timeout);
			return ExitCodes.OK;
		}
		kube.deploy(this.service, idle.colour(), this.image, reference.version(), replicas);
		if (state.preview() != idle.colour()) {
			kube.pointPreview(this.service, idle.colour());
			out.printf("%s: pointed %s at %s%n", this.service, BlueGreenNames.preview(this.service), idle.colour());
		}
		ColourState ready = kube.awaitFullyAvailable(this.service, idle.colour(), this.timeout);
		out.printf("%s: %s is fully available (%d/%d) with %s%n", this.service, ready.deployment(), ready.available(),
				ready.desired(), ready.image());
		return ExitCodes.OK;
	}

}
