package health.falcon.bluegreen;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code bluegreen} command: only its subcommands do something.
 */
@Command(name = "bluegreen", mixinStandardHelpOptions = true, versionProvider = BuildVersionProvider.class,
		description = "Blue/green releases of the Falcon Health services on Kubernetes.",
		subcommands = { StatusCommand.class, DeployCommand.class, PromoteCommand.class, RollbackCommand.class,
				FinishCommand.class, HelpCommand.class },
		footer = { "", "Exit codes: 0 ok, 1 unexpected error, 2 usage error, 3 not ready or timeout,",
				"4 smoke check failed (nothing switched), 5 conflict (someone else switched),",
				"6 rollback impossible (the previous colour is no longer up)." })
final class BlueGreenCommand implements Runnable {

	private final BlueGreenContext context;

	@Spec
	CommandSpec spec;

	BlueGreenCommand(BlueGreenContext context) {
		this.context = context;
	}

	BlueGreenContext context() {
		return this.context;
	}

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(),
				"Missing command: status, deploy, promote, rollback, finish");
	}

}
