package health.falcon.k8s.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One method call of a Jenkinsfile ({@code pipeline}, {@code stage('Name')},
 * {@code sh 'command'}), with its constant arguments and the calls inside its closures.
 *
 * @param name the method's name
 * @param arguments the call's string or other constant arguments, as text
 * @param steps the calls made inside the closure arguments, in source order
 */
record Step(String name, List<String> arguments, List<Step> steps) {

	/**
	 * This step and every step inside it, depth first, in source order.
	 */
	Stream<Step> all() {
		return Stream.concat(Stream.of(this), this.steps.stream().flatMap(Step::all));
	}

	Optional<Step> find(String name, String argument) {
		return all().filter((step) -> step.name.equals(name) && step.arguments.contains(argument)).findFirst();
	}

	Optional<Step> child(String name) {
		return this.steps.stream().filter((step) -> step.name.equals(name)).findFirst();
	}

	String argument() {
		return this.arguments.isEmpty() ? "" : this.arguments.get(0);
	}

}
