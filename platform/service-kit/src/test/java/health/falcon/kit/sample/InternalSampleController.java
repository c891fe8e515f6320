package health.falcon.kit.sample;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service-to-service endpoint of the sample application.
 */
@RestController
@RequestMapping("/internal/sample")
class InternalSampleController {

	@GetMapping("/ping")
	String ping() {
		return "pong";
	}

}
