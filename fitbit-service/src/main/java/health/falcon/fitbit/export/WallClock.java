package health.falcon.fitbit.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;

import health.falcon.model.MeasurementTime;
import org.jspecify.annotations.Nullable;

/**
 * Turns the export's zone-less wall times into instants in the zone the user confirmed,
 * one instance per file. Gaps and single stamps in an overlap follow
 * {@link MeasurementTime}'s rule (gap shifted forward, overlap takes the earlier offset);
 * but when a time-ordered file steps <em>back</em> inside an overlap, the clock has been
 * set back, so that stamp and the rest of the repeated hour take the later offset instead
 * of overwriting the first pass.
 */
final class WallClock {

	static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MM/dd/yy HH:mm:ss");

	private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MM/dd/yy");

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

	private final ZoneId zone;

	private final boolean zoneAssumed;

	private @Nullable LocalDateTime previous;

	private boolean secondPass;

	WallClock(ZoneId zone, boolean zoneAssumed) {
		this.zone = zone;
		this.zoneAssumed = zoneAssumed;
	}

	MeasurementTime stamp(String text) {
		return resolve(LocalDateTime.parse(text, STAMP));
	}

	MeasurementTime resolve(LocalDateTime local) {
		ZoneOffsetTransition transition = this.zone.getRules().getTransition(local);
		boolean overlap = transition != null && transition.isOverlap();
		if (!overlap) {
			this.secondPass = false;
		}
		else if (this.previous != null && local.isBefore(this.previous)) {
			this.secondPass = true;
		}
		this.previous = local;
		MeasurementTime time = MeasurementTime.ofLocal(local, this.zone, this.zoneAssumed);
		if (overlap && this.secondPass) {
			ZonedDateTime later = ZonedDateTime.ofLocal(local, this.zone, null).withLaterOffsetAtOverlap();
			return new MeasurementTime(later.toInstant(), later.getOffset(), this.zone, local.toLocalDate(),
					this.zoneAssumed);
		}
		return time;
	}

	/**
	 * Parse a resting-heart-rate date, {@code MM/DD/YY} or {@code MM/DD/YYYY}.
	 * @param text the date
	 * @throws DateTimeParseException if it is neither
	 */
	static LocalDate date(String text) {
		return LocalDate.parse(text, (text.length() > 8) ? LONG_DATE : SHORT_DATE);
	}

}
