package health.falcon.bluegreen;

import java.io.PrintWriter;
import java.util.List;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bluegreen status [service]}: the live and preview colours, versions and replicas
 * of one service or of every blue/green service in the namespace.
 */
@Command(name = "status", header = "Show the live and preview colours, versions and replicas.",
		description = { "Shows the live colour (from the live Service's selector), the preview "
				+ "Service's colour, and per colour the image, version and desired/updated/ready/available replicas. "
				+ "Exits 3 when the live colour, or the idle colour while it is scaled up, is not fully available." })
final class StatusCommand extends ClusterCommand {

	/** The output formats. */
	enum Format {

		TABLE, JSON

	}

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
	int run(BlueGreenCluster kube, PrintWriter out) {
		List<String> services = (this.service != null) ? List.of(this.service) : kube.services();
		List<ServiceState> states = services.stream().map(kube::state).toList();
		String rendered = (this.output == Format.JSON) ? StatusJson.render(kube.namespace(), states)
				: StatusTable.render(states);
		out.print(rendered);
		return states.stream().allMatch(StatusCommand::serving) ? ExitCodes.OK : ExitCodes.NOT_READY;
	}

}
