package health.falcon.ingest.handoff;

/**
 * What a handed-over file is, as dropbox-ingest classified it and as the receiving
 * service accepts it; stored by name in the record's {@code handOff.format}.
 */
public enum HandOffFormat {

	/** A MyFitnessPal export (ZIP or summary CSV), received by diet-service. */
	MYFITNESSPAL,

	/** A Fitbit account archive or Google Takeout export, received by fitbit-service. */
	FITBIT

}
