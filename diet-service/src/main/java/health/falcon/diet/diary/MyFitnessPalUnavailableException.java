package health.falcon.diet.diary;

/**
 * MyFitnessPal answered with an unexpected status (after the kit's retries, for sync
 * calls); the message names the status only.
 */
class MyFitnessPalUnavailableException extends RuntimeException {

	MyFitnessPalUnavailableException(String message) {
		super(message);
	}

}
