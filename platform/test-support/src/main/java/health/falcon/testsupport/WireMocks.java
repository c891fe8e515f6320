package health.falcon.testsupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * WireMock servers for the providers the services' tests stand in for.
 */
public final class WireMocks {

	private WireMocks() {
	}

	/**
	 * Start a server on a free local port; it runs until the JVM ends, like the tests'
	 * cached application contexts that point at it.
	 * @return the running server
	 */
	public static WireMockServer started() {
		WireMockServer server = new WireMockServer(
				WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		return server;
	}

}
