package health.falcon.data.activities;

import java.time.LocalDate;

import health.falcon.data.api.ActivitiesClient;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import health.falcon.data.paging.ListQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The query parameters of {@code GET /activities}; all optional. A date that does not
 * parse, a {@code from} after {@code to}, a limit outside 1 to 500, a sport that is not a
 * sport name or an over-long cursor is a validation problem.
 *
 * @param from the first local date, inclusive ({@code YYYY-MM-DD})
 * @param to the last local date, inclusive ({@code YYYY-MM-DD})
 * @param limit the maximum number of activities to return
 * @param sport the normalized sport ({@code RUN}, any case) to keep, or {@code null}
 * @param cursor the previous page's {@code nextCursor}, or {@code null}
 */
@OrderedDates
record ActivityQuery(@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to, @Min(1) @Max(MAX_LIMIT) @Nullable Integer limit,
		@Pattern(regexp = "[A-Za-z_]{1,40}", message = "must be a sport such as RUN") @Nullable String sport,
		@Size(max = ListQuery.MAX_CURSOR) @Nullable String cursor) {

	static final int DEFAULT_LIMIT = ActivitiesClient.DEFAULT_LIMIT;

	static final int MAX_LIMIT = ActivitiesClient.MAX_LIMIT;

	int limitOrDefault() {
		return (this.limit != null) ? this.limit : DEFAULT_LIMIT;
	}

}
