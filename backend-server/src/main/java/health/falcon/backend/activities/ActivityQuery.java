package health.falcon.backend.activities;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The query parameters of {@code GET /api/activities}; all optional. A date that does not
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

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 500;

	int limitOrDefault() {
		return (this.limit != null) ? this.limit : DEFAULT_LIMIT;
	}

}
