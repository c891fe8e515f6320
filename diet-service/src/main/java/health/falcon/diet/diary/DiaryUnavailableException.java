package health.falcon.diet.diary;

/**
 * MyFitnessPal refuses to show the diary: the user keeps it private or locked with a key.
 * The reason is a stable slug the frontend explains ({@code diary-private},
 * {@code diary-locked}).
 */
class DiaryUnavailableException extends RuntimeException {

	static final String PRIVATE = "diary-private";

	static final String LOCKED = "diary-locked";

	private final String reason;

	DiaryUnavailableException(String reason) {
		super("The diary is not readable: " + reason);
		this.reason = reason;
	}

	String reason() {
		return this.reason;
	}

}
