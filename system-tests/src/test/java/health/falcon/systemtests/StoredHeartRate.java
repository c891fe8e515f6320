package health.falcon.systemtests;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

/**
 * The sizes of a user's stored {@code heart_rate_days} and {@code heart_rate_samples}
 * documents, read straight from the suite's MongoDB, so that the bytes a heart-rate
 * request reads can be set against what reading the samples would cost.
 */
final class StoredHeartRate {

	private final String uri;

	StoredHeartRate(LocalStack stack) {
		this.uri = "mongodb://127.0.0.1:" + (27017 + LocalStack.PORT_OFFSET);
	}

	/**
	 * Report rows: documents, whole BSON, samples and rollups of the year, the last week
	 * and the last day.
	 */
	Sizes describe(String userId, LocalDate first, LocalDate last) {
		long[] year = new long[4];
		long[] week = new long[4];
		long[] day = new long[4];
		try (MongoClient client = MongoClients.create(this.uri)) {
			MongoCollection<RawBsonDocument> days = client.getDatabase("falcon")
				.getCollection("heart_rate_days", RawBsonDocument.class);
			MongoCollection<RawBsonDocument> samples = client.getDatabase("falcon")
				.getCollection("heart_rate_samples", RawBsonDocument.class);
			// one day at a time: the embedded server would answer one find over the whole
			// year in a single reply larger than the driver accepts
			for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
				RawBsonDocument document = days.find(Filters.eq("_id", userId + ":" + date)).first();
				if (document == null) {
					continue;
				}
				// the samples in their own document, or inside the day as written before
				RawBsonDocument packed = samples.find(Filters.eq("_id", userId + ":" + date)).first();
				long[] sizes = { 1,
						document.getByteBuffer().remaining()
								+ ((packed != null) ? packed.getByteBuffer().remaining() : 0),
						binary(document.get("samples")) + ((packed != null) ? binary(packed.get("samples")) : 0),
						binary(document.get("rollups")) };
				add(year, sizes, true);
				add(week, sizes, !date.isBefore(last.minusDays(6)));
				add(day, sizes, date.equals(last));
			}
		}
		return new Sizes(List.of(
				"| Range | `heart_rate_days` documents | whole documents (with `heart_rate_samples`) | packed samples | packed rollups |",
				"|---|---|---|---|---|", row("one year", year), row("one week", week), row("one day", day)), year[1],
				year[2], year[3]);
	}

	/**
	 * The report rows and the year's totals.
	 *
	 * @param rows the Markdown table
	 * @param yearDocuments BSON bytes of the year's documents
	 * @param yearSamples bytes of their packed samples
	 * @param yearRollups bytes of their packed rollups
	 */
	record Sizes(List<String> rows, long yearDocuments, long yearSamples, long yearRollups) {
	}

	private static void add(long[] totals, long[] sizes, boolean inRange) {
		if (inRange) {
			for (int i = 0; i < totals.length; i++) {
				totals[i] += sizes[i];
			}
		}
	}

	private static long binary(BsonValue value) {
		if (value == null) {
			return 0;
		}
		return value.isBinary() ? value.asBinary().getData().length : 0;
	}

	private static String row(String range, long[] totals) {
		return String.format(Locale.ROOT, "| %s | %,d | %,d B | %,d B | %,d B |", range, totals[0], totals[1],
				totals[2], totals[3]);
	}

}
