package health.falcon.fitbit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small export ZIPs for tests, entry by entry.
 */
final class ExportZips {

	private final Map<String, byte[]> entries = new LinkedHashMap<>();

	static ExportZips zip() {
		return new ExportZips();
	}

	ExportZips with(String path, String content) {
		this.entries.put(path, content.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	ExportZips with(String path, byte[] content) {
		this.entries.put(path, content);
		return this;
	}

	Path writeTo(Path directory) throws IOException {
		Path file = Files.createTempFile(directory, "export-", ".zip");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : this.entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return file;
	}

	byte[] bytes(Path directory) throws IOException {
		return Files.readAllBytes(writeTo(directory));
	}

	static String heartRate(String... stampAndBpm) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < stampAndBpm.length; i += 2) {
			json.append((i > 0) ? ",\n" : "\n")
				.append("{ \"dateTime\" : \"")
				.append(stampAndBpm[i])
				.append("\", \"value\" : { \"bpm\" : ")
				.append(stampAndBpm[i + 1])
				.append(", \"confidence\" : 2 } }");
		}
		return json.append("\n]").toString();
	}

	static String minutes(String... stampAndValue) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < stampAndValue.length; i += 2) {
			json.append((i > 0) ? ",\n" : "\n")
				.append("{ \"dateTime\" : \"")
				.append(stampAndValue[i])
				.append("\", \"value\" : \"")
				.append(stampAndValue[i + 1])
				.append("\" }");
		}
		return json.append("\n]").toString();
	}

	static final String RESTING = """
			[{ "dateTime" : "06/01/26 00:00:00", "value" : { "date" : "06/01/26", "value" : 54.62, "error" : 6.8 } },
			{ "dateTime" : "06/02/26 00:00:00", "value" : { "date" : null, "value" : 0.0, "error" : 0.0 } },
			{ "dateTime" : "06/03/26 00:00:00", "value" : { "date" : "06/03/2026", "value" : 56.1, "error" : 6.1 } }]
			""";

	static final String SLEEP = """
			[{
			  "logId" : 40011223344, "dateOfSleep" : "2026-06-02",
			  "startTime" : "2026-06-01T23:40:00.000", "endTime" : "2026-06-02T07:10:30.000",
			  "duration" : 27030000, "minutesAsleep" : 412, "minutesAwake" : 38, "efficiency" : 94,
			  "type" : "stages",
			  "levels" : {
			    "summary" : { "deep" : {"count" : 4, "minutes" : 80, "thirtyDayAvgMinutes" : 76},
			                  "wake" : {"count" : 22, "minutes" : 38, "thirtyDayAvgMinutes" : 52} },
			    "data" : [ {"dateTime" : "2026-06-01T23:40:00.000", "level" : "wake", "seconds" : 720},
			               {"dateTime" : "2026-06-01T23:52:00.000", "level" : "light", "seconds" : 2910} ]
			  },
			  "mainSleep" : true
			}]
			""";

}
