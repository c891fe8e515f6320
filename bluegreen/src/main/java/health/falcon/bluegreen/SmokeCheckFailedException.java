package health.falcon.bluegreen;

/**
 * The smoke check through the preview Service answered non-2xx or could not connect (exit
 * 4); nothing was switched.
 */
class SmokeCheckFailedException extends BlueGreenException {

	SmokeCheckFailedException(String message) {
		super(ExitCodes.SMOKE_FAILED, message);
	}

}
