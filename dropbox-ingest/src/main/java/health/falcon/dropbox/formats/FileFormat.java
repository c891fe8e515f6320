package health.falcon.dropbox.formats;

/**
 * The file formats recognised by content (header row or report title), never by name.
 */
public enum FileFormat {

	/** OMRON connect CSV ({@code Date,Time,Systolic (mmHg),...}). */
	OMRON_CONNECT,

	/** iHealth blood-pressure CSV ({@code Time,SYS,DIA,Pulse}). */
	IHEALTH,

	/**
	 * Withings {@code bp.csv} ({@code Date,"Heart rate",Systolic,Diastolic,Comments}).
	 */
	WITHINGS_BP,

	/** CardioMood HRV text report ({@code CardioMood Report}). */
	CARDIOMOOD,

	/**
	 * A blood-pressure CSV read through a user's column {@link MappingProfile}, applied
	 * when the user names it or when no built-in format recognises the header and the
	 * profile's columns are all in it.
	 */
	GENERIC

}
