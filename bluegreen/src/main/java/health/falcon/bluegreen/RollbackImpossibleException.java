package health.falcon.bluegreen;

/**
 * The previous colour has no available replicas any more, so there is nothing to switch
 * back to (exit 6).
 */
class RollbackImpossibleException extends BlueGreenException {

	RollbackImpossibleException(String message) {
		super(ExitCodes.ROLLBACK_IMPOSSIBLE, message);
	}

}
