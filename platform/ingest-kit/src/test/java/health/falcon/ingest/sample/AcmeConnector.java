package health.falcon.ingest.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import health.falcon.ingest.spi.OAuthConventions;
import health.falcon.ingest.spi.ProviderConnector;
import health.falcon.ingest.spi.RateLimitPolicy;
import health.falcon.ingest.spi.RateWindow;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.TokenGrant;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * A tiny connector for the fake provider {@code acme} served by WireMock. Its API answers
 * {@code GET /records?after=<n>} with lines {@code id,name,timestamp}; a record without a
 * name cannot be mapped. Rate limits come as Strava-style usage pairs (15 minutes,
 * daily).
 */
public class AcmeConnector implements ProviderConnector {

	public static final String RECORDS = "acme_records";

	private final MongoOperations mongo;

	private final AtomicInteger failAfter = new AtomicInteger(-1);

	private final AtomicInteger purges = new AtomicInteger();

	private final AtomicInteger revokes = new AtomicInteger();

	private final List<String> revokedTokens = new CopyOnWriteArrayList<>();

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private volatile Consumer<SyncContext> beforeSync = (context) -> {
	};

	public AcmeConnector(MongoOperations mongo) {
		this.mongo = mongo;
	}

	public void failAfter(int records) {
		this.failAfter.set(records);
	}

	public void beforeSync(Consumer<SyncContext> hook) {
		this.beforeSync = hook;
	}

	public int purges() {
		return this.purges.get();
	}

	public int revokes() {
		return this.revokes.get();
	}

	public List<String> revokedTokens() {
		return this.revokedTokens;
	}

	/**
	 * The revocations and purges in the order they were called.
	 */
	public List<String> calls() {
		return this.calls;
	}

	public void reset() {
		this.calls.clear();
		this.failAfter.set(-1);
		this.purges.set(0);
		this.revokes.set(0);
		this.revokedTokens.clear();
		this.beforeSync = (context) -> {
		};
	}

	@Override
	public String providerId() {
		return "acme";
	}

	@Override
	public OAuthConventions oauthConventions() {
		return new OAuthConventions(",", true, OAuthConventions.GrantedScopesSource.CALLBACK_PARAMETER,
				OAuthConventions.ClientAuthentication.CLIENT_SECRET_POST, Map.of("approval_prompt", "auto"));
	}

	@Override
	public @Nullable String accountId(TokenGrant grant) {
		return (grant.additionalParameters().get("athlete") instanceof Map<?, ?> athlete)
				? String.valueOf(athlete.get("id")) : null;
	}

	@Override
	public RateLimitPolicy rateLimitPolicy() {
		return new UsagePolicy();
	}

	@Override
	public void sync(SyncContext context) {
		this.beforeSync.accept(context);
		String after = (context.cursor("records") != null) ? context.cursor("records") : "0";
		String body = context.api().get().uri("/records?after={after}", after).retrieve().body(String.class);
		context.archive("records-page", (body != null) ? body : "");
		int written = 0;
		String cursor = after;
		for (String line : (body != null) ? body.lines().toList() : List.<String>of()) {
			String[] fields = line.split(",", -1);
			if (fields[1].isEmpty()) {
				context.quarantine(fields[0], "record has no name", line);
				continue;
			}
			if (written == this.failAfter.get()) {
				throw new IllegalStateException("simulated crash");
			}
			this.mongo.upsert(query(where("_id").is(context.userId() + ":" + fields[0])),
					new Update().set("userId", context.userId()).set("name", fields[1]).set("at", fields[2]), RECORDS);
			written++;
			cursor = fields[2];
		}
		context.advance("records", cursor, written);
	}

	@Override
	public void revoke(SyncContext context) {
		this.revokes.incrementAndGet();
		this.calls.add("revoke");
		this.revokedTokens.add(context.accessToken());
		context.api().post().uri("/deauthorize").retrieve().toBodilessEntity();
	}

	@Override
	public long purge(String userId) {
		this.purges.incrementAndGet();
		this.calls.add("purge");
		return this.mongo.remove(query(where("userId").is(userId)), RECORDS).getDeletedCount();
	}

	/**
	 * Strava-style usage headers: {@code X-RateLimit-Limit: 100,1000} and
	 * {@code X-RateLimit-Usage: 5,50}.
	 */
	static class UsagePolicy implements RateLimitPolicy {

		@Override
		public List<RateWindow> windows(HttpHeaders headers, Instant now) {
			String limit = headers.getFirst("X-RateLimit-Limit");
			String usage = headers.getFirst("X-RateLimit-Usage");
			if (limit == null || usage == null) {
				return List.of();
			}
			String[] limits = limit.split(",");
			String[] used = usage.split(",");
			return List.of(
					new RateWindow("overall-15min", Long.parseLong(limits[0].trim()), Long.parseLong(used[0].trim()),
							nextQuarterHour(now)),
					new RateWindow("overall-daily", Long.parseLong(limits[1].trim()), Long.parseLong(used[1].trim()),
							now.plus(Duration.ofDays(1))));
		}

		@Override
		public Instant retryAt(HttpHeaders headers, Instant now) {
			return nextQuarterHour(now);
		}

		@Override
		public Instant retryAt(HttpHeaders headers, byte[] body, Instant now) {
			// Acme may say in the 429's body how long to wait: "wait <seconds>"
			String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
			return text.matches("wait \\d{1,5}") ? now.plusSeconds(Long.parseLong(text.substring(5)))
					: retryAt(headers, now);
		}

		private static Instant nextQuarterHour(Instant now) {
			long quarter = Duration.ofMinutes(15).getSeconds();
			return Instant.ofEpochSecond((now.getEpochSecond() / quarter + 1) * quarter);
		}

	}

}
