package health.falcon.data.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/**
 * How a list's sort field is stored: a BSON date (an instant) or an ISO
 * {@code YYYY-MM-DD} string (a local date, whose string order is date order).
 */
public enum SortKind {

	/** A BSON date, written in a cursor as an ISO instant. */
	INSTANT {
		@Override
		Object parse(String text) {
			return Date.from(Instant.parse(text));
		}

		@Override
		String format(Object value) {
			return ((Date) value).toInstant().toString();
		}
	},

	/** An ISO date string, written in a cursor as it is. */
	LOCAL_DATE {
		@Override
		Object parse(String text) {
			return LocalDate.parse(text).toString();
		}

		@Override
		String format(Object value) {
			return LocalDate.parse((String) value).toString();
		}
	};

	/**
	 * Read a cursor's sort value as the stored value.
	 * @throws RuntimeException when the text is not a value of this kind
	 */
	abstract Object parse(String text);

	/**
	 * Write a stored value for a cursor.
	 * @throws RuntimeException when the value is not of this kind
	 */
	abstract String format(Object value);

}
