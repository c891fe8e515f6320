package health.falcon.bluegreen;

import java.io.PrintWriter;

import picocli.CommandLine;

/**
 * The entry point of {@code java -jar bluegreen.jar}: runs one command and exits with its
 * code (see {@code bluegreen/README.md} for the codes).
 */
public final class BlueGreenApplication {

	private BlueGreenApplication() {
	}

	public static void main(String[] args) {
		System.exit(commandLine(BlueGreenContext.system()).execute(args));
	}

	/**
	 * Builds the command line.
	 * @param context what the commands take from outside
	 * @return the command line, ready to {@code execute}
	 */
	static CommandLine commandLine(BlueGreenContext context) {
		CommandLine commandLine = new CommandLine(new BlueGreenCommand(context));
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setExecutionExceptionHandler(new ExitCodeExceptionHandler());
		return commandLine;
	}

	/**
	 * Runs one command line with the given output streams.
	 * @param context what the commands take from outside
	 * @param out where results go
	 * @param err where errors go
	 * @param args the arguments
	 * @return the exit code
	 */
	static int execute(BlueGreenContext context, PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = commandLine(context);
		commandLine.setOut(out);
		commandLine.setErr(err);
		int code = commandLine.execute(args);
		out.flush();
		err.flush();
		return code;
	}

}
