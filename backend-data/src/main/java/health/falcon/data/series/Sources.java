package health.falcon.data.series;

import health.falcon.documents.Provenance;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * How every series names the provenance of its stored documents.
 */
public final class Sources {

	private Sources() {
	}

	/**
	 * A stored provenance as {@code provider/channel}, the channel being the source id up
	 * to its first colon ({@code google-health:heart-rate} is {@code google-health},
	 * {@code export} is {@code export}).
	 * @param provenance the stored provenance, or {@code null}
	 * @return the name, {@code null} without a provenance
	 */
	public static @Nullable String name(@Nullable Document provenance) {
		if (provenance == null || provenance.get(Provenance.PROVIDER) == null) {
			return null;
		}
		String sourceId = String.valueOf(provenance.get(Provenance.SOURCE_ID));
		int colon = sourceId.indexOf(':');
		return provenance.get(Provenance.PROVIDER) + "/" + ((colon > 0) ? sourceId.substring(0, colon) : sourceId);
	}

}
