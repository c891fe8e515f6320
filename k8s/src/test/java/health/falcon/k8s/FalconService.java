package health.falcon.k8s;

import java.util.List;

/**
 * One of the seven deployed services, with its server and management ports (ISSUE 15's
 * table).
 *
 * @param name the service's name: Deployments {@code <name>-blue}/{@code -green},
 * Services {@code <name>} and {@code <name>-preview}, label {@code app}
 * @param port the server port
 * @param managementPort the actuator port
 */
record FalconService(String name, int port, int managementPort) {

	static final List<FalconService> ALL = List.of(new FalconService("gateway", 8080, 8180),
			new FalconService("backend-server", 8081, 8181), new FalconService("backend-data", 8082, 8182),
			new FalconService("fitness-service", 8083, 8183), new FalconService("diet-service", 8084, 8184),
			new FalconService("fitbit-service", 8085, 8185), new FalconService("dropbox-ingest", 8086, 8186));

	static final List<String> COLOURS = List.of("blue", "green");

	String deployment(String colour) {
		return this.name + "-" + colour;
	}

	String preview() {
		return this.name + "-preview";
	}

	static String otherColour(String colour) {
		return "blue".equals(colour) ? "green" : "blue";
	}

}
