package health.falcon.data.activities;

import java.time.LocalDate;

import health.falcon.data.api.ActivitiesClient;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The query parameters of {@code GET /activities}; all optional. A date that does not
 * parse, a {@code from} after {@code to} or a limit outside 1 to 500 is a validation
 * problem.
 *
 * @param from the first local date, inclusive ({@code YYYY-MM-DD})
 * @param to the last local date, inclusive ({@code YYYY-MM-DD})
 * @param limit the maximum number of activities to return
 */
@OrderedDates
record ActivityQuery(@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to, @Min(1) @Max(MAX_LIMIT) @Nullable Integer limit) {

	static final int DEFAULT_LIMIT = ActivitiesClient.DEFAULT_LIMIT;

	static final int MAX_LIMIT = ActivitiesClient.MAX_LIMIT;

	int limitOrDefault() {
		return (this.limit != null) ? this.limit : DEFAULT_LIMIT;
	}

}
