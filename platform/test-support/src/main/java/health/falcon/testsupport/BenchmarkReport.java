package health.falcon.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a benchmark harness's figures into its own section of {@code docs/benchmarks.md}
 * (replacing the section when it exists, appending it otherwise) and describes the
 * machine they were measured on.
 */
public final class BenchmarkReport {

	private BenchmarkReport() {
	}

	/**
	 * Replace (or append) the section that starts with {@code heading} in the report.
	 * Side effect: rewrites {@code docs/benchmarks.md} relative to the module directory.
	 * @param heading the section's {@code ## } heading line
	 * @param section the whole section, heading included
	 * @throws IOException when the report cannot be read or written
	 */
	public static void writeSection(String heading, String section) throws IOException {
		Path file = Path.of("..", "docs", "benchmarks.md");
		String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
		int from = existing.indexOf(heading);
		String updated;
		if (from < 0) {
			updated = existing.stripTrailing() + "\n\n" + section;
		}
		else {
			int next = existing.indexOf("\n## ", from + heading.length());
			String rest = (next < 0) ? "" : "\n" + existing.substring(next + 1);
			updated = existing.substring(0, from) + section + rest;
		}
		Files.writeString(file, updated, StandardCharsets.UTF_8);
	}

	/**
	 * Describe this machine: cores, CPU model, max heap, OS and Java version.
	 * @return one line for the report
	 */
	public static String machine() {
		String cpu = "unknown CPU";
		Path cpuinfo = Path.of("/proc/cpuinfo");
		if (Files.isReadable(cpuinfo)) {
			try (Stream<String> lines = Files.lines(cpuinfo)) {
				cpu = lines.filter((line) -> line.startsWith("model name"))
					.findFirst()
					.map((line) -> line.substring(line.indexOf(':') + 1).trim())
					.orElse(cpu);
			}
			catch (IOException ex) {
				// keep "unknown CPU"
			}
		}
		Runtime runtime = Runtime.getRuntime();
		return String.format(Locale.ROOT, "%d cores (%s), max heap %d MiB, %s %s, Java %s",
				runtime.availableProcessors(), cpu, runtime.maxMemory() / (1024 * 1024), System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("java.version"));
	}

}
