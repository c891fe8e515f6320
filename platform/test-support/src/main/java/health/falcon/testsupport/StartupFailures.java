package health.falcon.testsupport;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a service the way a deployment does, with its settings as command-line
 * arguments, for tests of what it refuses to start without.
 */
public final class StartupFailures {

	private StartupFailures() {
	}

	/**
	 * Start the application with one property blank and return why it refused to start.
	 * @param application the service's application class
	 * @param arguments its settings as {@code --key=value} arguments
	 * @param property the property to leave blank; an argument that sets it is dropped
	 * @return the start-up failure
	 * @throws AssertionError if the application started
	 */
	public static Throwable without(Class<?> application, List<String> arguments, String property) {
		List<String> others = arguments.stream()
			.filter((argument) -> !argument.startsWith("--" + property + "="))
			.toList();
		return of(application, Stream.concat(others.stream(), Stream.of("--" + property + "=")).toList());
	}

	/**
	 * Start the application and return why it refused to start.
	 * @param application the service's application class
	 * @param arguments its settings as {@code --key=value} arguments; a later one wins
	 * @return the start-up failure
	 * @throws AssertionError if the application started
	 */
	public static Throwable of(Class<?> application, List<String> arguments) {
		try (ConfigurableApplicationContext context = new SpringApplication(application)
			.run(arguments.toArray(String[]::new))) {
			throw new AssertionError(application.getSimpleName() + " started with " + arguments);
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

}
