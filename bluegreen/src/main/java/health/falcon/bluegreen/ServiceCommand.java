package health.falcon.bluegreen;

import picocli.CommandLine.Parameters;

/**
 * A command about one service, named by its first parameter.
 */
abstract class ServiceCommand extends ClusterCommand {

	@Parameters(index = "0", paramLabel = "service", description = "The service, e.g. backend-server.")
	String service;

}
