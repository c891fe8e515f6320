package health.falcon.bluegreen;

import java.util.List;
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
 * {@code bluegreen status [service]}: the live and preview colours, versions and replicas
 * of one service or of every blue/green service in the namespace.
 */
@Command(name = "status", header = "Show the live and preview colours, versions and replicas.",
		description = { "Shows the live colour (from the live Service's selector), the preview "
				+ "Service's colour, and per colour the image, version and desired/updated/ready/available replicas. "
				+ "Exits 3 when the live colour, or the idle colour while it is scaled up, is not fully available." })
final class StatusCommand implements Callable<Integer> {

	/** The output formats. */
	enum Format {

		TABLE, JSON

	}

	@ParentCommand
	BlueGreenCommand parent;

	@Spec
	CommandSpec spec;

	@Mixin
	ClusterOptions cluster;

	@Option(names = "--output", defaultValue = "table", paramLabel = "table|json",
			description = "table (default) or json.")
	Format output = Format.TABLE;

	@Parameters(arity = "0..1", paramLabel = "service",
			description = "The service (default: every Service in the namespace that selects a colour).")
	@Nullable String service;

	/**
	 * Whether every colour that should serve can: the live colour, and the idle colour
	 * while it is scaled up (deployed for a promotion, or held after one). A scaled-down
	 * idle colour is fine.
	 * @param state the service's state
	 * @return {@code false} makes the command exit 3
	 */
	static boolean serving(ServiceState state) {
		ColourState idle = state.idleColour();
		return state.liveColour().fullyAvailable() && (idle.desired() == 0 || idle.fullyAvailable());
	}

	@Override
	public Integer call() {
		try (KubernetesClient client = this.parent.context().clients().create(this.cluster)) {
			BlueGreenCluster kube = new BlueGreenCluster(client, this.cluster.namespace);
			List<String> services = (this.service != null) ? List.of(this.service) : kube.services();
			List<ServiceState> states = services.stream().map(kube::state).toList();
			String rendered = (this.output == Format.JSON) ? StatusJson.render(kube.namespace(), states)
					: StatusTable.render(states);
			this.spec.commandLine().getOut().print(rendered);
			return states.stream().allMatch(StatusCommand::serving) ? ExitCodes.OK : ExitCodes.NOT_READY;
		}
	}

}
