package health.falcon.fitness.strava;

/**
 * A Strava activity that cannot be stored (missing id, unreadable dates, impossible
 * values). The message is the quarantine reason: it names the problem, never a value.
 */
class UnmappableActivityException extends RuntimeException {

	UnmappableActivityException(String reason) {
		super(reason);
	}

}
