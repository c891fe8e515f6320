package health.falcon.devstack.sandbox.fitbitexport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class FitbitExportGeneratorTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 3);

	@Test
	void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
		byte[] first = generate(ExportOptions.defaults(LAST_DAY, 3, ExportOptions.Layout.LEGACY));
		byte[] second = generate(ExportOptions.defaults(LAST_DAY, 3, ExportOptions.Layout.LEGACY));
		ExportOptions other = ExportOptions.defaults(LAST_DAY, 3, ExportOptions.Layout.LEGACY);
		byte[] third = generate(new ExportOptions(LAST_DAY, 3, 7, other.layout(), other.userName(), other.homeZone(),
				other.travelZone()));
		assertThat(first).isEqualTo(second);
		assertThat(first).isNotEqualTo(third);
	}

	@Test
	void legacyLayoutHoldsParsableGlobalExportData() throws IOException {
		Map<String, byte[]> entries = unzip(generate(ExportOptions.defaults(LAST_DAY, 5, ExportOptions.Layout.LEGACY)));
		String root = "MyFitbitData/DanaDemo/Global Export Data/";
		assertThat(entries).containsKeys(root + "heart_rate-2026-10-30.json", root + "heart_rate-2026-11-03.json",
				root + "resting_heart_rate-2026-10-30.json", root + "resting_heart_rate-2026-11-01.json",
				root + "sleep-2026-11-01.json", root + "steps-2026-11-01.json", root + "distance-2026-11-01.json",
				root + "calories-2026-11-01.json", "MyFitbitData/DanaDemo/Your Profile/Profile.csv");
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			if (entry.getKey().endsWith(".json")) {
				assertThat(json.readTree(entry.getValue()).isArray()).as(entry.getKey()).isTrue();
			}
		}
		JsonNode heartRate = json.readTree(entries.get(root + "heart_rate-2026-11-02.json"));
		assertThat(heartRate.size()).isBetween(8_000, 17_500);
		JsonNode sample = heartRate.get(0);
		assertThat(sample.get("dateTime").asString()).matches("11/02/26 00:00:0\\d");
		assertThat(sample.at("/value/bpm").isInt()).isTrue();
		assertThat(sample.at("/value/confidence").asInt()).isBetween(0, 3);
		assertThat(new String(entries.get(root + "heart_rate-2026-11-02.json"))).startsWith("[{\n  \"dateTime\" : ");
		JsonNode steps = json.readTree(entries.get(root + "steps-2026-11-01.json"));
		assertThat(steps.size()).isEqualTo(3 * 1440);
		assertThat(steps.get(0).get("dateTime").asString()).isEqualTo("11/01/26 00:00:00");
		assertThat(steps.get(0).get("value").isString()).isTrue();
		JsonNode sleep = json.readTree(entries.get(root + "sleep-2026-11-01.json"));
		assertThat(sleep.get(0).get("dateOfSleep").asString()).isEqualTo("2026-11-03");
		assertThat(sleep.get(0).at("/levels/summary/deep/minutes").asInt()).isPositive();
		assertThat(sleep.get(0).at("/levels/data/0/level").asString()).isIn("wake", "light", "deep", "rem");
	}

	@Test
	void restingHeartRateHasNullDaysAndDistanceIsInCentimetres() throws IOException {
		Map<String, byte[]> entries = unzip(
				generate(ExportOptions.defaults(LAST_DAY, 120, ExportOptions.Layout.TAKEOUT)));
		String root = "Takeout/Fitbit/Global Export Data/";
		assertThat(entries.keySet()).allMatch((name) -> name.startsWith("Takeout/Fitbit/"));
		int nulls = 0;
		for (String name : entries.keySet()) {
			if (name.startsWith(root + "resting_heart_rate-")) {
				for (JsonNode day : json.readTree(entries.get(name))) {
					nulls += day.at("/value/date").isNull() ? 1 : 0;
				}
			}
		}
		assertThat(nulls).isPositive();
		JsonNode steps = json.readTree(entries.get(root + "steps-2026-10-01.json"));
		JsonNode distance = json.readTree(entries.get(root + "distance-2026-10-01.json"));
		for (int i = 0; i < steps.size(); i++) {
			int count = Integer.parseInt(steps.get(i).get("value").asString());
			long centimetres = Long.parseLong(distance.get(i).get("value").asString());
			if (count > 100) {
				assertThat(centimetres).isBetween(count * 60L, count * 125L);
			}
		}
	}

	@Test
	void commandLineWritesTheArchive(@TempDir Path directory) throws IOException {
		Path out = directory.resolve("out.zip");
		FitbitExportGeneratorMain.main(new String[] { out.toString(), "--days", "2", "--last-day", "2026-11-03",
				"--layout", "takeout", "--seed", "42" });
		assertThat(Files.readAllBytes(out))
			.isEqualTo(generate(ExportOptions.defaults(LAST_DAY, 2, ExportOptions.Layout.TAKEOUT)));
	}

	private static byte[] generate(ExportOptions options) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new FitbitExportGenerator().write(options, out);
		return out.toByteArray();
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
