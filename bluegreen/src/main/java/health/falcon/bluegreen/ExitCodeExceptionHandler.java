package health.falcon.bluegreen;

import java.io.PrintWriter;

import io.fabric8.kubernetes.client.KubernetesClientException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into its exit code and a one-line message on stderr: the tool's own
 * failures carry their code, everything else is 1.
 */
final class ExitCodeExceptionHandler implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		int code;
		if (ex instanceof BlueGreenException failure) {
			err.println("bluegreen: " + failure.getMessage());
			code = failure.exitCode();
		}
		else if (ex instanceof KubernetesClientException api) {
			err.println("bluegreen: Kubernetes API error" + ((api.getCode() > 0) ? " " + api.getCode() : "") + ": "
					+ api.getMessage() + rootCause(api));
			code = ExitCodes.ERROR;
		}
		else {
			err.println("bluegreen: unexpected error: " + ex);
			ex.printStackTrace(err);
			code = ExitCodes.ERROR;
		}
		err.flush();
		return code;
	}

	private static String rootCause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root != ex) ? " (" + root + ")" : "";
	}

}
