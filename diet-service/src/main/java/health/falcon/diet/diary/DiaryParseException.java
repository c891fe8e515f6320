package health.falcon.diet.diary;

/**
 * The diary page cannot be read as a diary (no diary table, a value that is not a
 * number); the day is quarantined with this message as its reason, which never quotes
 * more than a short cell.
 */
class DiaryParseException extends RuntimeException {

	DiaryParseException(String message) {
		super(message);
	}

}
