package health.falcon.kit.sample;

import java.io.IOException;

import health.falcon.kit.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sample")
class SampleController {

	private final SampleService service;

	SampleController(SampleService service) {
		this.service = service;
	}

	@GetMapping("/me")
	CurrentUser me(CurrentUser user) {
		return user;
	}

	@PostMapping("/greetings")
	Greeting greet(@Valid @RequestBody Greeting greeting) {
		return greeting;
	}

	@GetMapping("/items")
	String items(@RequestParam @Min(1) @Max(100) int limit) {
		return "items:" + limit;
	}

	@GetMapping("/echo")
	String echo(@RequestParam(defaultValue = "") String text) {
		return this.service.echo(text);
	}

	@GetMapping("/widgets/missing")
	String missing() {
		throw new WidgetNotFoundException();
	}

	@GetMapping("/boom")
	String boom() {
		throw new IllegalStateException("database password is hunter2");
	}

	@GetMapping("/admin")
	@PreAuthorize("hasAuthority('SCOPE_admin')")
	String admin() {
		return "admin";
	}

	@GetMapping("/send-error")
	void sendError(HttpServletResponse response) throws IOException {
		response.sendError(503);
	}

	record Greeting(@NotBlank String name, @Min(1) int times) {
	}

}
