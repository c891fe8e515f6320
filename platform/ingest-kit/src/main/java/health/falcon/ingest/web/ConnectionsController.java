package health.falcon.ingest.web;

import java.util.List;

import health.falcon.kit.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's connection to one provider: status, runs, "sync now" and
 * disconnect. The user is always the token's subject.
 */
@RestController
@RequestMapping("/api/connections/{provider}")
class ConnectionsController {

	private final ConnectionService service;

	ConnectionsController(ConnectionService service) {
		this.service = service;
	}

	@GetMapping
	ConnectionView connection(@PathVariable String provider, CurrentUser user) {
		return this.service.view(user.id(), provider);
	}

	@GetMapping("/runs")
	List<RunView> runs(@PathVariable String provider, CurrentUser user,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.service.runs(user.id(), provider, limit);
	}

	@PostMapping("/sync")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void sync(@PathVariable String provider, CurrentUser user) {
		this.service.requestSync(user.id(), provider);
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void disconnect(@PathVariable String provider, CurrentUser user,
			@RequestParam(defaultValue = "false") boolean purge) {
		this.service.disconnect(user.id(), provider, purge);
	}

}
