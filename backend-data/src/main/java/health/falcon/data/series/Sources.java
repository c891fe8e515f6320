package health.falcon.data.series;

import java.util.Locale;

import health.falcon.documents.Provenance;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * How every series names the provenance of its stored documents.
 */
public final class Sources {

	private Sources() {
	}

	private static final String CHANNEL = "channel";

	private static final String ORIGIN = "origin";

	/**
	 * A stored provenance as {@code provider/channel}: the stored {@code channel} where
	 * the writer names one (diet-service: {@code myfitnesspal/diary},
	 * {@code myfitnesspal/export}), otherwise the source id up to its first colon
	 * ({@code google-health:heart-rate} is {@code google-health}, {@code export} is
	 * {@code export}).
	 * @param provenance the stored provenance, or {@code null}
	 * @return the name, {@code null} without a provenance
	 */
	public static @Nullable String name(@Nullable Document provenance) {
		if (provenance == null || provenance.get(Provenance.PROVIDER) == null) {
			return null;
		}
		if (provenance.get(CHANNEL) instanceof String channel) {
			return provenance.get(Provenance.PROVIDER) + "/" + channel;
		}
		String sourceId = String.valueOf(provenance.get(Provenance.SOURCE_ID));
		int colon = sourceId.indexOf(':');
		return provenance.get(Provenance.PROVIDER) + "/" + ((colon > 0) ? sourceId.substring(0, colon) : sourceId);
	}

	/**
	 * The provenance of a row dropbox-ingest read from a file ({@code blood_pressure},
	 * {@code hrv_recordings}: {@code {kind: file, origin, ...}}) as
	 * {@code dropbox/upload} or {@code dropbox/dropbox}.
	 * @param source the stored {@code source}, or {@code null}
	 * @return the name, {@code null} without an origin
	 */
	public static @Nullable String file(@Nullable Document source) {
		if (source == null || !(source.get(ORIGIN) instanceof String origin)) {
			return null;
		}
		return "dropbox/" + origin.toLowerCase(Locale.ROOT);
	}

}
