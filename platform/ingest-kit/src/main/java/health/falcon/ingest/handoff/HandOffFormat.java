package health.falcon.ingest.handoff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a handed-over file is, as dropbox-ingest classified it and as the receiving
 * service accepts it; stored by name in the record's {@code handOff.format}.
 */
public enum HandOffFormat {

	/** A MyFitnessPal export (ZIP or summary CSV), received by diet-service. */
	MYFITNESSPAL,

	/** A Fitbit account archive or Google Takeout export, received by fitbit-service. */
	FITBIT;

	/**
	 * The provider whose import path receives this format.
	 * @return {@code myfitnesspal} or {@code fitbit}
	 */
	public String provider() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The format a provider's import path receives by hand-off.
	 * @param provider the provider in the path
	 * @return the format, empty for a provider that receives no hand-offs
	 */
	public static Optional<HandOffFormat> forProvider(String provider) {
		return Arrays.stream(values()).filter((format) -> format.provider().equals(provider)).findFirst();
	}

}
