package health.falcon.k8s;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a set of manifests breaks, as readable sentences.
 */
final class Violations {

	private final List<String> found = new ArrayList<>();

	void add(String format, Object... arguments) {
		this.found.add(String.format(format, arguments));
	}

	/** Records the violation unless the condition holds. */
	void unless(boolean condition, String format, Object... arguments) {
		if (!condition) {
			add(format, arguments);
		}
	}

	List<String> list() {
		return List.copyOf(this.found);
	}

}
