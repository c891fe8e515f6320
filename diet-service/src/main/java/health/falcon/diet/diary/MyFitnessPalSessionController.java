package health.falcon.diet.diary;

import health.falcon.kit.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Connects the signed-in user's MyFitnessPal diary with a pasted session cookie. Status,
 * runs, "sync now" and disconnect are the ingest kit's
 * {@code /api/connections/myfitnesspal} endpoints.
 */
@RestController
class MyFitnessPalSessionController {

	private final MyFitnessPalSessionService service;

	MyFitnessPalSessionController(MyFitnessPalSessionService service) {
		this.service = service;
	}

	@PostMapping("/api/connections/myfitnesspal/session")
	@ResponseStatus(HttpStatus.CREATED)
	SessionView connect(@Valid @RequestBody SessionRequest request, CurrentUser user) {
		return this.service.connect(user.id(), request.cookie().strip());
	}

	/**
	 * The request body.
	 *
	 * @param cookie the session cookie as {@code name=value} (or a whole {@code Cookie}
	 * header); printable ASCII on one line
	 */
	record SessionRequest(@NotBlank @Size(max = 8192) @Pattern(regexp = "[\\x20-\\x7E]*",
			message = "must be printable ASCII on one line") String cookie) {

		@Override
		public String toString() {
			return "SessionRequest[cookie=<hidden>]";
		}

	}

}
