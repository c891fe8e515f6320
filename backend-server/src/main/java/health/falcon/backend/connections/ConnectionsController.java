package health.falcon.backend.connections;

import java.util.List;

import health.falcon.kit.security.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/connections}: every known provider with the signed-in user's connection
 * status. The actions on one connection (authorize, sync, runs, disconnect) are served by
 * the provider's ingest service.
 */
@RestController
class ConnectionsController {

	private final ConnectionService connections;

	ConnectionsController(ConnectionService connections) {
		this.connections = connections;
	}

	@GetMapping("/api/connections")
	List<ConnectionSummary> connections(CurrentUser user) {
		return this.connections.connectionsOf(user.id());
	}

}
