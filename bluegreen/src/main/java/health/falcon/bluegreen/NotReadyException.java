package health.falcon.bluegreen;

/**
 * The idle colour is not fully available, or waiting for it timed out (exit 3).
 */
class NotReadyException extends BlueGreenException {

	NotReadyException(String message) {
		super(ExitCodes.NOT_READY, message);
	}

}
