package health.falcon.documents;

/**
 * The members of a stored measurement time ({@code time} of an activity, {@code start} of
 * an HRV recording): {@code instant} (BSON date, UTC), {@code offset} ({@code +01:00}),
 * {@code zoneId} ({@code Europe/Paris} or {@code null}), {@code localDate}
 * ({@code YYYY-MM-DD}, so string order is date order) and {@code zoneAssumed}.
 */
public final class MeasurementTimeFields {

	/** The instant, a BSON date. */
	public static final String INSTANT = "instant";

	/** The UTC offset, {@code +01:00} ({@code +00:00} for UTC). */
	public static final String OFFSET = "offset";

	/** The zone id when known, else {@code null}. */
	public static final String ZONE_ID = "zoneId";

	/** The local calendar date, {@code YYYY-MM-DD}. */
	public static final String LOCAL_DATE = "localDate";

	/** Whether the zone was taken from the user's profile. */
	public static final String ZONE_ASSUMED = "zoneAssumed";

	private MeasurementTimeFields() {
	}

}
