package health.falcon.data.paging;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The query parameters every cursor-paged list takes; all optional. A date that does not
 * parse, a {@code from} after {@code to}, a limit outside 1 to {@value #MAX_LIMIT} or an
 * over-long cursor is a validation problem; a cursor this list did not hand out is one
 * too ({@link Keyset#decode}).
 *
 * @param from the first local date, inclusive ({@code YYYY-MM-DD}), {@code null} for no
 * lower bound
 * @param to the last local date, inclusive ({@code YYYY-MM-DD}), {@code null} for no
 * upper bound
 * @param limit the page size, {@code null} for {@value #DEFAULT_LIMIT}
 * @param cursor the {@code nextCursor} of the previous page, {@code null} for the first
 */
@OrderedRange
public record ListQuery(@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to, @Min(1) @Max(MAX_LIMIT) @Nullable Integer limit,
		@Size(max = MAX_CURSOR) @Nullable String cursor) {

	/** The page size when none is given. */
	public static final int DEFAULT_LIMIT = 50;

	/** The largest page size. */
	public static final int MAX_LIMIT = 500;

	/** The longest cursor accepted. */
	public static final int MAX_CURSOR = 1024;

	/**
	 * The page size.
	 * @return {@code limit}, or {@value #DEFAULT_LIMIT} when not given
	 */
	public int limitOrDefault() {
		return (this.limit != null) ? this.limit : DEFAULT_LIMIT;
	}

	/**
	 * Add the date range to a filter.
	 * @param criteria the filter so far
	 * @param dateField the stored local date ({@code YYYY-MM-DD} string) the range
	 * selects on
	 * @return the filter with the range
	 */
	public Criteria within(Criteria criteria, String dateField) {
		return within(criteria, dateField, this.from, this.to);
	}

	/**
	 * Add a range of local dates to a filter; either end may be open.
	 * @param criteria the filter so far
	 * @param dateField the stored local date ({@code YYYY-MM-DD} string)
	 * @param from the first date, inclusive, or {@code null}
	 * @param to the last date, inclusive, or {@code null}
	 * @return the filter with the range
	 */
	public static Criteria within(Criteria criteria, String dateField, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		if (from == null && to == null) {
			return criteria;
		}
		Criteria date = criteria.and(dateField);
		if (from != null) {
			date = date.gte(from.toString());
		}
		if (to != null) {
			date = date.lte(to.toString());
		}
		return date;
	}

}
