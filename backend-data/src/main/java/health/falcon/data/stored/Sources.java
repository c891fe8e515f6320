package health.falcon.data.stored;

import java.util.Locale;

import health.falcon.data.api.SourceInfo;
import health.falcon.documents.Provenance;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * How every answer gives the provenance of its stored documents: the series and the
 * dashboard as a {@code provider/channel} name, the lists as a {@link SourceInfo}. Both
 * derive the channel the same way.
 */
public final class Sources {

	private Sources() {
	}

	private static final String CHANNEL = "channel";

	private static final String ORIGIN = "origin";

	private static final String DROPBOX = "dropbox";

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
		String channel = fileChannel(source);
		return (channel != null) ? DROPBOX + "/" + channel : null;
	}

	/**
	 * Read a provenance stored as {@code {provider, channel, file, format, receivedAt}}
	 * (members that are missing are {@code null}).
	 * @param document the document that holds the provenance, or {@code null}
	 * @param path the provenance's member, a dotted path ({@code sources.diary}) too
	 * @return the provenance, {@code null} without one or without a provider
	 */
	public static @Nullable SourceInfo info(@Nullable Document document, String path) {
		Document source = provenance(document, path);
		String provider = StoredValues.string(source, Provenance.PROVIDER);
		if (provider == null) {
			return null;
		}
		return new SourceInfo(provider, StoredValues.string(source, CHANNEL), StoredValues.string(source, "file"),
				StoredValues.string(source, "format"), StoredValues.instant(source, "receivedAt"));
	}

	/**
	 * Read the provenance of a row dropbox-ingest read from a file: provider
	 * {@code dropbox}, channel {@code upload} or {@code dropbox} (its {@code origin}, as
	 * {@link #file(Document)} names it), the file and its format.
	 * @param document the document that holds the provenance, or {@code null}
	 * @param path the provenance's member, a dotted path too
	 * @return the provenance, {@code null} without one
	 */
	public static @Nullable SourceInfo fileInfo(@Nullable Document document, String path) {
		Document source = provenance(document, path);
		if (source == null) {
			return null;
		}
		return new SourceInfo(DROPBOX, fileChannel(source), StoredValues.string(source, "file"),
				StoredValues.string(source, "format"), null);
	}

	private static @Nullable Document provenance(@Nullable Document document, String path) {
		return (StoredValues.nested(document, path) instanceof Document source) ? source : null;
	}

	private static @Nullable String fileChannel(@Nullable Document source) {
		return (source != null && source.get(ORIGIN) instanceof String origin) ? origin.toLowerCase(Locale.ROOT) : null;
	}

}
