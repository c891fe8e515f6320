package health.falcon.gateway.probe;

import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mirrors the actuator's {@code readiness} and {@code liveness} health groups on the
 * public port, where HAProxy and {@code ./run.sh} look for them, while every other
 * actuator endpoint stays on the management port. Only the status is shown, never
 * component details.
 */
@RestController
class ProbeController {

	private final HealthEndpoint health;

	ProbeController(HealthEndpoint health) {
		this.health = health;
	}

	@GetMapping("/actuator/health/readiness")
	Mono<ResponseEntity<Map<String, String>>> readiness() {
		return probe("readiness");
	}

	@GetMapping("/actuator/health/liveness")
	Mono<ResponseEntity<Map<String, String>>> liveness() {
		return probe("liveness");
	}

	private Mono<ResponseEntity<Map<String, String>>> probe(String group) {
		// The health endpoint may call blocking indicators: keep them off the event loop.
		return Mono.fromCallable(() -> this.health.healthForPath(group))
			.subscribeOn(Schedulers.boundedElastic())
			.map((descriptor) -> {
				Status status = descriptor.getStatus();
				HttpStatus code = Status.UP.equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
				return ResponseEntity.status(code)
					.cacheControl(CacheControl.noStore())
					.body(Map.of("status", status.getCode()));
			})
			.defaultIfEmpty(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("status", "UNKNOWN")));
	}

}
