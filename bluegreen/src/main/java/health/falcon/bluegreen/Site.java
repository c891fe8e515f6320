package health.falcon.bluegreen;

import java.util.Locale;

/**
 * The two sites; each has a kube context {@code falcon-<site>}.
 */
enum Site {

	IU, TACC;

	String kubeContext() {
		return "falcon-" + name().toLowerCase(Locale.ROOT);
	}

}
