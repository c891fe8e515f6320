package health.falcon.k8s.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fake {@code bluegreen} and a fake {@code kubectl} in a temporary directory: both
 * record their arguments, one call per line; bluegreen exits with the code scripted for
 * its command and service (0 otherwise), kubectl fails for the Services scripted as down.
 */
final class FakeTools {

	private static final String BLUEGREEN = """
			#!/usr/bin/env bash
			echo "$*" >>"$FAKE_DIR/bluegreen.calls"
			key="$1 ${2:-}"
			earlier=$(grep -c -xF -- "$key" "$FAKE_DIR/bluegreen.keys")
			echo "$key" >>"$FAKE_DIR/bluegreen.keys"
			rule=$(awk -v key="$key" '$1 " " $2 == key { print $3, ($4 == "" ? -1 : $4) }' "$FAKE_DIR/bluegreen.exits" | tail -n 1)
			if [[ -n "$rule" ]]; then
			  read -r code times <<<"$rule"
			  if ((times < 0 || earlier < times)); then exit "$code"; fi
			fi
			exit 0
			""";

	private static final String KUBECTL = """
			#!/usr/bin/env bash
			echo "$*" >>"$FAKE_DIR/kubectl.calls"
			for argument in "$@"; do
			  if grep -qxF -- "$argument" "$FAKE_DIR/kubectl.down"; then
			    echo 'Error from server (ServiceUnavailable): the server is currently unable to handle the request' >&2
			    exit 1
			  fi
			done
			echo '{"status":"UP"}'
			""";

	private final Path directory;

	FakeTools(Path directory) {
		this.directory = directory;
		write("bluegreen", BLUEGREEN);
		write("kubectl", KUBECTL);
		write("bluegreen.exits", "");
		write("kubectl.down", "");
		write("bluegreen.calls", "");
		write("bluegreen.keys", "");
		write("kubectl.calls", "");
	}

	/**
	 * Makes {@code bluegreen <command> <service>} exit with the given code.
	 */
	void exit(String command, String service, int code) {
		append("bluegreen.exits", command + " " + service + " " + code + "\n");
	}

	/**
	 * Makes the first calls of {@code bluegreen <command> <service>} exit with the given
	 * code, and the later ones with 0.
	 */
	void exit(String command, String service, int code, int times) {
		append("bluegreen.exits", command + " " + service + " " + code + " " + times + "\n");
	}

	/**
	 * Makes the readiness probe of the given Service and port, through the API server's
	 * proxy, fail.
	 */
	void down(String service, String port) {
		append("kubectl.down", "/api/v1/namespaces/falcon/services/http:" + service + ":" + port
				+ "/proxy/actuator/health/readiness\n");
	}

	List<String> bluegreenCalls() {
		return read("bluegreen.calls");
	}

	List<String> kubectlCalls() {
		return read("kubectl.calls");
	}

	Path stateDirectory() {
		return this.directory.resolve("state");
	}

	List<String> promoted(String site) {
		Path file = stateDirectory().resolve("promoted-" + site);
		try {
			return Files.exists(file) ? Files.readAllLines(file) : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs a script under {@code scripts/ci/} with the fakes in place and a fixed image
	 * tag.
	 */
	Command run(String script, String... arguments) {
		return run(Map.of(), script, arguments);
	}

	Command run(Map<String, String> environment, String script, String... arguments) {
		Map<String, String> variables = new HashMap<>(Map.of("FAKE_DIR", this.directory.toString(), "BLUEGREEN",
				this.directory.resolve("bluegreen").toString(), "KUBECTL", this.directory.resolve("kubectl").toString(),
				"FALCON_CI_STATE_DIR", stateDirectory().toString(), "FALCON_IMAGE_TAG", "0.1.0-abc1234"));
		variables.putAll(environment);
		List<String> command = new ArrayList<>();
		command.add(Repository.ci().resolve(script).toString());
		command.addAll(List.of(arguments));
		return Command.run(Repository.root(), variables, command);
	}

	private List<String> read(String name) {
		try {
			return Files.readAllLines(this.directory.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(String name, String content) {
		try {
			Path file = Files.writeString(this.directory.resolve(name), content);
			if (content.startsWith("#!")) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void append(String name, String line) {
		try {
			Files.writeString(this.directory.resolve(name), line, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
