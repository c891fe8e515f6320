package health.falcon.devstack.sandbox.googlehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import health.falcon.devstack.sandbox.common.synthetic.SyntheticPerson;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code users.getIdentity}, {@code users.getSettings} and {@code users.getProfile} of
 * the demo account.
 */
@RestController
class UsersController {

	private final GoogleHealthProperties properties;

	private final SyntheticPerson person;

	private final DataWindow window;

	UsersController(GoogleHealthProperties properties, SyntheticPerson person, DataWindow window) {
		this.properties = properties;
		this.person = person;
		this.window = window;
	}

	@GetMapping("/google-health/v4/users/me/identity")
	Map<String, Object> identity(@RequestAttribute(ApiAccessInterceptor.GRANT) GoogleOAuth.Grant grant) {
		if (!GoogleScopes.allowsIdentity(grant.scopes())) {
			throw GoogleApiException.insufficientScope("google.devicesandservices.health.v4.HealthService.GetIdentity");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "users/me/identity");
		body.put("healthUserId", this.properties.user().healthUserId());
		body.put("legacyUserId", this.properties.user().legacyUserId());
		return body;
	}

	@GetMapping("/google-health/v4/users/me/settings")
	Map<String, Object> settings(@RequestAttribute(ApiAccessInterceptor.GRANT) GoogleOAuth.Grant grant) {
		grant.require(GoogleScopes.SETTINGS, "google.devicesandservices.health.v4.HealthService.GetSettings");
		Instant now = this.window.now();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "users/me/settings");
		body.put("timeZone", this.person.residence().zoneAt(now).getId());
		body.put("utcOffset", ProtoJson.offset(this.person.offsetAt(now)));
		body.put("distanceUnit", "KILOMETERS");
		body.put("weightUnit", "KILOGRAMS");
		body.put("heightUnit", "CENTIMETERS");
		body.put("temperatureUnit", "CELSIUS");
		body.put("languageLocale", "en_GB");
		return body;
	}

	@GetMapping("/google-health/v4/users/me/profile")
	Map<String, Object> profile(@RequestAttribute(ApiAccessInterceptor.GRANT) GoogleOAuth.Grant grant) {
		grant.require(GoogleScopes.PROFILE, "google.devicesandservices.health.v4.HealthService.GetProfile");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "users/me/profile");
		body.put("age", this.properties.user().age());
		body.put("walkingStrideLengthMillimeters", "760");
		body.put("runningStrideLengthMillimeters", "1100");
		body.put("membershipStartDate", ProtoJson.date(LocalDate.of(2019, 4, 12)));
		return body;
	}

}
