package health.falcon.ingest.connection;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state of one user's connection to one provider.
 */
public enum ConnectionStatus {

	/** No connection document exists (only ever shown, never stored). */
	NOT_CONNECTED,

	/** Connected and idle. */
	ACTIVE,

	/** A sync holds the lease. */
	SYNCING,

	/** The provider refused our tokens; nothing is called until the user reconnects. */
	NEEDS_RECONNECT,

	/** The user revoked access at the provider; tokens and data were deleted. */
	REVOKED,

	/** The user disconnected here; tokens were deleted. */
	DISCONNECTED,

	/** The last sync failed unexpectedly (see the reason); the next sync retries. */
	ERROR;

	private static final Set<ConnectionStatus> USABLE = EnumSet.of(ACTIVE, SYNCING, ERROR);

	/**
	 * @return whether syncs may run: tokens exist and the provider has not refused them
	 */
	public boolean usable() {
		return USABLE.contains(this);
	}

	/**
	 * @return the statuses in which syncs may run
	 */
	public static Set<ConnectionStatus> usableStatuses() {
		return USABLE;
	}

}
