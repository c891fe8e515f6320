package health.falcon.bluegreen;

/**
 * A Service or Deployment the command needs does not exist, or does not have the shape
 * blue/green needs (exit 1).
 */
class ResourceNotFoundException extends BlueGreenException {

	ResourceNotFoundException(String message) {
		super(ExitCodes.ERROR, message);
	}

}
