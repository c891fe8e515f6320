package health.falcon.bluegreen;

import java.io.PrintWriter;
import java.time.Instant;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * A switch of the live Service to the other colour, as promote and rollback make it: the
 * one selector patch, then the Event, then the preview Service pointed at the colour that
 * was left. Once the patch succeeded the switch has happened: a failure of the Event or
 * of the preview patch is reported as a warning and does not fail the command.
 */
final class ColourSwitch {

	private final BlueGreenCluster cluster;

	private final PrintWriter err;

	ColourSwitch(BlueGreenCluster cluster, PrintWriter err) {
		this.cluster = cluster;
		this.err = err;
	}

	/**
	 * Switches.
	 * @param state the state the decision was made on (its resourceVersion is carried)
	 * @param action what the switch is, for the Event's message ({@code Promoted},
	 * {@code Rolled back})
	 * @param actor who switches
	 * @param at when
	 * @return the live Service after the patch
	 * @throws SwitchConflictException when someone switched since the state was read
	 */
	Service toIdle(ServiceState state, String action, String actor, Instant at) {
		Colour from = state.live();
		Colour to = state.idle();
		Service switched = this.cluster.switchLive(state, to, actor, at);
		String message = "%s %s from %s to %s (version %s) by %s".formatted(action, state.service(), from, to,
				state.idleColour().version(), actor);
		try {
			this.cluster.recordSwitch(switched, message, actor, at);
		}
		catch (KubernetesClientException ex) {
			warn("the Event could not be recorded", ex);
		}
		try {
			this.cluster.pointPreview(state.service(), from);
		}
		catch (KubernetesClientException ex) {
			warn("Service " + BlueGreenNames.preview(state.service()) + " could not be pointed at " + from, ex);
		}
		return switched;
	}

	private void warn(String what, KubernetesClientException ex) {
		this.err.println("bluegreen: warning: switched, but " + what + ": " + ex.getMessage());
	}

}
