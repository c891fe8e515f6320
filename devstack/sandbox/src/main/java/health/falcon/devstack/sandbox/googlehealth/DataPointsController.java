package health.falcon.devstack.sandbox.googlehealth;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code users.dataTypes.dataPoints.list} and {@code dataPoints:dailyRollUp} for the
 * emulated data types.
 */
@RestController
class DataPointsController {

	private static final String METHOD = "google.devicesandservices.health.v4.DataPointsService.";

	private final DataPointPager pager;

	private final DailyRollUps rollUps;

	DataPointsController(DataPointPager pager, DailyRollUps rollUps) {
		this.pager = pager;
		this.rollUps = rollUps;
	}

	@GetMapping("/google-health/v4/users/me/dataTypes/{type}/dataPoints")
	Map<String, Object> list(@PathVariable String type, @RequestParam(required = false) @Nullable String filter,
			@RequestParam(required = false) @Nullable Integer pageSize,
			@RequestParam(name = "page_size", required = false) @Nullable Integer pageSizeSnake,
			@RequestParam(required = false) @Nullable String pageToken,
			@RequestAttribute(ApiAccessInterceptor.GRANT) GoogleOAuth.Grant grant) {
		DataType dataType = dataType(type, grant, "ListDataPoints");
		if (!dataType.listable()) {
			throw GoogleApiException.invalidArgument("List is not supported for data type " + dataType.kebab()
					+ ", but the following actions are supported: rollup, dailyRollup");
		}
		DataPointFilter parsed = DataPointFilter.parse(dataType, filter);
		int size = dataType.pageSize((pageSize != null) ? pageSize : pageSizeSnake);
		return this.pager.list(dataType, parsed, size, pageToken);
	}

	@PostMapping("/google-health/v4/users/me/dataTypes/{type}/dataPoints:dailyRollUp")
	Map<String, Object> dailyRollUp(@PathVariable String type, @RequestBody JsonNode request,
			@RequestAttribute(ApiAccessInterceptor.GRANT) GoogleOAuth.Grant grant) {
		return this.rollUps.rollUp(dataType(type, grant, "DailyRollUpDataPoints"), request);
	}

	private static DataType dataType(String type, GoogleOAuth.Grant grant, String method) {
		DataType dataType = DataType.fromPath(type)
			.orElseThrow(() -> GoogleApiException.invalidArgument("Unknown or unsupported data type: " + type));
		grant.require(dataType.scope(), METHOD + method);
		return dataType;
	}

}
