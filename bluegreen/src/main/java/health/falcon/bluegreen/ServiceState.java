package health.falcon.bluegreen;

import org.jspecify.annotations.Nullable;

/**
 * One service's blue/green state: which colour the live Service selects, which one the
 * preview Service selects, and both colours' Deployments.
 *
 * @param service the service ({@code <svc>}, also the live Service's name)
 * @param live the colour the live Service selects
 * @param preview the colour the preview Service selects, {@code null} when there is no
 * preview Service or it selects no colour
 * @param liveResourceVersion the live Service's resourceVersion when it was read; the
 * switch carries it so that a concurrent switch fails
 * @param blue the blue Deployment
 * @param green the green Deployment
 */
record ServiceState(String service, Colour live, @Nullable Colour preview, String liveResourceVersion, ColourState blue,
		ColourState green) {

	Colour idle() {
		return this.live.other();
	}

	ColourState colour(Colour colour) {
		return (colour == Colour.BLUE) ? this.blue : this.green;
	}

	ColourState liveColour() {
		return colour(this.live);
	}

	ColourState idleColour() {
		return colour(idle());
	}

}
