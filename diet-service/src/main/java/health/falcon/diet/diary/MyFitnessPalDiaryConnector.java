package health.falcon.diet.diary;

import health.falcon.diet.nutrition.DiaryDayStore;
import health.falcon.ingest.spi.ConnectionMethod;
import health.falcon.ingest.spi.ProviderConnector;
import health.falcon.ingest.spi.RateLimitPolicy;
import health.falcon.ingest.spi.SyncContext;

import org.springframework.stereotype.Component;

/**
 * The MyFitnessPal diary connector (experimental): MyFitnessPal has no public API, so the
 * user connects with the session cookie of a signed-in browser
 * ({@code POST /api/connections/myfitnesspal/session}) and the connector reads the web
 * diary with it, as python-myfitnesspal does. There is no revocation endpoint: a
 * disconnect deletes the stored cookie; signing out at MyFitnessPal ends the session.
 */
@Component
class MyFitnessPalDiaryConnector implements ProviderConnector {

	static final String PROVIDER = "myfitnesspal";

	private final RateLimitPolicy rateLimitPolicy = new DiaryRateLimitPolicy();

	private final DiarySync sync;

	private final DiaryDayStore days;

	private final ProfileStore profiles;

	MyFitnessPalDiaryConnector(DiarySync sync, DiaryDayStore days, ProfileStore profiles) {
		this.sync = sync;
		this.days = days;
		this.profiles = profiles;
	}

	@Override
	public String providerId() {
		return PROVIDER;
	}

	@Override
	public ConnectionMethod connectionMethod() {
		return ConnectionMethod.USER_CREDENTIAL;
	}

	@Override
	public RateLimitPolicy rateLimitPolicy() {
		return this.rateLimitPolicy;
	}

	@Override
	public void sync(SyncContext context) {
		this.sync.run(context);
	}

	/**
	 * Deletes the diary part of the user's days and the stored profile; what the export
	 * import stored stays.
	 */
	@Override
	public long purge(String userId) {
		this.profiles.delete(userId);
		return this.days.purge(userId);
	}

}
