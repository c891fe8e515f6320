package health.falcon.bluegreen;

import java.io.PrintWriter;
import java.time.Instant;

/**
 * The end of a hold: scales the old colour to zero once its
 * {@code falcon.health/scale-down-at} has passed, unless the old colour is needed again
 * (a rollback made it live, or a deploy cancelled the hold).
 */
final class ScaleDown {

	private final BlueGreenCluster cluster;

	private final PrintWriter out;

	ScaleDown(BlueGreenCluster cluster, PrintWriter out) {
		this.cluster = cluster;
		this.out = out;
	}

	/**
	 * Scales the held colour of a service to zero if its hold is over.
	 * @param service the service
	 * @param now the current instant
	 * @param dryRun whether to print instead of scaling
	 * @return {@code true} when the hold is over (scaled, skipped, or nothing held);
	 * {@code false} when the hold has not ended yet
	 */
	boolean finish(String service, Instant now, boolean dryRun) {
		ServiceState state = this.cluster.state(service);
		ColourState held = state.idleColour();
		if (held.scaleDownAt() == null) {
			this.out.printf("%s: %s is not held for a scale-down; nothing to do%n", service, held.deployment());
			return true;
		}
		Instant due = Instant.parse(held.scaleDownAt());
		if (now.isBefore(due)) {
			this.out.printf("%s: %s is held until %s%n", service, held.deployment(), due);
			return false;
		}
		if (dryRun) {
			this.out.printf("dry run: would scale %s/%s to 0 (hold ended %s)%n", this.cluster.namespace(),
					held.deployment(), due);
			return true;
		}
		scale(service, held, due);
		return true;
	}

	/**
	 * Ends the hold that promote started: scales the held colour to zero if the live
	 * Service still selects the promoted colour and the hold is still the one promote
	 * wrote.
	 * @param service the service
	 * @param promoted the colour promote made live
	 * @param due the scale-down-at promote wrote
	 */
	void afterPromote(String service, Colour promoted, Instant due) {
		ServiceState state = this.cluster.state(service);
		ColourState held = state.colour(promoted.other());
		if (state.live() != promoted) {
			this.out.printf("%s: not scaling %s down: the live colour is %s again%n", service, held.deployment(),
					state.live());
			return;
		}
		if (!due.toString().equals(held.scaleDownAt())) {
			this.out.printf("%s: not scaling %s down: its hold was cancelled or changed (scale-down-at %s)%n", service,
					held.deployment(), held.scaleDownAt());
			return;
		}
		scale(service, held, due);
	}

	private void scale(String service, ColourState held, Instant due) {
		if (this.cluster.scaleToZero(service, held)) {
			this.out.printf("%s: scaled %s to 0 (hold ended %s)%n", service, held.deployment(), due);
		}
		else {
			this.out.printf("%s: not scaling %s down: it changed while its hold was checked%n", service,
					held.deployment());
		}
	}

}
