package health.falcon.bluegreen;

/**
 * The live Service changed between the read and the switch: someone else switched it
 * (exit 5). The API server refused the patch with 409 because it carried the
 * resourceVersion that was read.
 */
class SwitchConflictException extends BlueGreenException {

	SwitchConflictException(String message, Throwable cause) {
		super(ExitCodes.CONFLICT, message, cause);
	}

}
