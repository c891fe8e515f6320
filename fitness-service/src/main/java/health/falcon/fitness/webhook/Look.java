package health.falcon.fitness.webhook;

/**
 * What one or more Strava events ask to look at again, for one user: an activity to
 * re-read, or the grant to check. Events only name the object; the look decides with the
 * user's own token.
 *
 * @param userId the user who connected the event's athlete (looked up when queued)
 * @param key the owner, object type and object id; one pending look per key
 * @param kind what to look at
 * @param readRequired whether the activity must be re-read even when none is stored
 * ({@code create} and {@code update}); a {@code delete} alone only concerns a stored one
 */
record Look(String userId, Key key, Kind kind, boolean readRequired) {

	/**
	 * The look that covers this one and a later one for the same key.
	 * @param later the look asked for afterwards
	 * @return the merged look
	 */
	Look merge(Look later) {
		return new Look(later.userId(), this.key, this.kind, this.readRequired || later.readRequired());
	}

	/**
	 * What a pending look is keyed by.
	 *
	 * @param ownerId the athlete id
	 * @param objectType {@code activity} or {@code athlete}
	 * @param objectId the activity or athlete id
	 */
	record Key(long ownerId, String objectType, long objectId) {

	}

	/** What to look at. */
	enum Kind {

		/** Re-read one activity: upsert it, or soft-delete it when Strava answers 404. */
		ACTIVITY,

		/** Ask Strava whether the athlete's grant is gone. */
		GRANT

	}

}
