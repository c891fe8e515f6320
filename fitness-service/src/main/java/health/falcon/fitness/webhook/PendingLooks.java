package health.falcon.fitness.webhook;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The bounded queue of looks waiting for the worker, in arrival order, with at most one
 * pending look per key: a repeat while one is pending is merged into it rather than
 * queued, so duplicate or flooded events for one object cost one look.
 */
class PendingLooks {

	private final int capacity;

	private final Map<Look.Key, Look> pending = new LinkedHashMap<>();

	PendingLooks(int capacity) {
		this.capacity = capacity;
	}

	/**
	 * Queue a look, merge it into the pending one with the same key, or refuse it.
	 * @return what happened
	 */
	synchronized Offer offer(Look look) {
		Look queued = this.pending.get(look.key());
		if (queued != null) {
			this.pending.put(look.key(), queued.merge(look));
			return Offer.MERGED;
		}
		if (this.pending.size() >= this.capacity) {
			return Offer.FULL;
		}
		this.pending.put(look.key(), look);
		return Offer.QUEUED;
	}

	/**
	 * Take the oldest pending look; a later event for its key queues a new one.
	 * @return the look, or {@code null} when none is pending
	 */
	synchronized @Nullable Look poll() {
		Iterator<Look> looks = this.pending.values().iterator();
		if (!looks.hasNext()) {
			return null;
		}
		Look look = looks.next();
		looks.remove();
		return look;
	}

	synchronized int size() {
		return this.pending.size();
	}

	/** The result of an offer. */
	enum Offer {

		/** Added as a new pending look. */
		QUEUED,

		/** Merged into the look already pending for the same key. */
		MERGED,

		/** Refused: the queue is at capacity. */
		FULL

	}

}
