package health.falcon.diet.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import health.falcon.diet.nutrition.DiaryDay;
import health.falcon.diet.nutrition.DiaryDayStore;
import health.falcon.ingest.oauth.ReconnectRequiredException;
import health.falcon.ingest.spi.BackfillState;
import health.falcon.ingest.spi.BackfillWindows;
import health.falcon.ingest.spi.ConnectionErrorException;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.documents.settings.UserZones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One diary run: a fresh API token from the session cookie, the profile (username,
 * units), then the new days from the {@code days} cursor ({@link DiaryDays}), oldest
 * first, then the history backfill, newest first from today (the first run) or
 * {@code backfill.reached} back to {@code backfill.from}; one day, one request at a time:
 * the diary page and the water, parsed, mapped and upserted, then the cursor advanced
 * (new days) or {@code reached} moved back a day (history). A day that cannot be parsed
 * is quarantined with its page and the run goes on; an expired session ends the run as
 * {@code NEEDS_RECONNECT} ({@code session-expired}), a private or locked diary as
 * {@code ERROR} ({@code diary-private}, {@code diary-locked}).
 */
@Component
class DiarySync {

	static final String STREAM = "days";

	private static final Logger logger = LoggerFactory.getLogger(DiarySync.class);

	private final MyFitnessPalClients clients;

	private final ProfileStore profiles;

	private final DiaryDayStore days;

	private final UserZones zones;

	DiarySync(MyFitnessPalClients clients, ProfileStore profiles, DiaryDayStore days, UserZones zones) {
		this.clients = clients;
		this.profiles = profiles;
		this.days = days;
		this.zones = zones;
	}

	void run(SyncContext context) {
		try {
			MyFitnessPalClient client = this.clients.forRun(context);
			MyFitnessPalProfile profile = client.profile(client.authToken());
			this.profiles.save(context.userId(), profile);
			ZoneId zone = this.zones.zoneOf(context.userId());
			newDays(context, client, profile, zone);
			// the history, newest first, a day at a time; reached moves back once a day
			// is
			// stored
			BackfillWindows.days(context, zone, 1, Integer.MAX_VALUE,
					(day, next) -> count(context, readDay(context, client, profile, day)));
		}
		catch (SessionRejectedException ex) {
			logger.info("A MyFitnessPal session expired; the connection needs a new cookie");
			throw new ReconnectRequiredException("session-expired");
		}
		catch (DiaryUnavailableException ex) {
			throw new ConnectionErrorException(ex.reason());
		}
	}

	private void newDays(SyncContext context, MyFitnessPalClient client, MyFitnessPalProfile profile, ZoneId zone) {
		Instant now = context.clock().instant();
		String cursor = context.cursor(STREAM);
		BackfillState backfill = context.backfill();
		if (cursor == null && backfill != null && !backfill.completed()) {
			// the backfill's first day is today, in this run
			context.advance(STREAM, LocalDate.ofInstant(now, zone).toString(), 0);
			return;
		}
		DiaryDays range = DiaryDays.of(cursor, backfill != null, context.backfillFrom(), now, zone);
		for (LocalDate date = range.from(); !date.isAfter(range.to()); date = date.plusDays(1)) {
			context.advance(STREAM, date.toString(), readDay(context, client, profile, date));
		}
	}

	/**
	 * Count a backfill day and renew the lease, keeping the cursor of new days.
	 */
	private static void count(SyncContext context, int written) {
		String cursor = context.cursor(STREAM);
		if (cursor != null) {
			context.advance(STREAM, cursor, written);
		}
		else {
			context.recordWritten(written);
		}
	}

	/**
	 * Read and store one diary day.
	 * @return how many days were written (none when the page was quarantined)
	 */
	private int readDay(SyncContext context, MyFitnessPalClient client, MyFitnessPalProfile profile, LocalDate date) {
		String html = client.diary(profile.username(), date);
		ParsedDiary page;
		try {
			page = DiaryHtmlParser.parse(html);
		}
		catch (DiaryParseException ex) {
			context.quarantine("diary:" + date, ex.getMessage(), html);
			return 0;
		}
		context.archive("diary-page", html);
		Double water = client.waterMl(date);
		DiaryDay.DiarySource source = new DiaryDay.DiarySource(context.accountId(), context.runId(),
				context.clock().instant());
		this.days.save(DiaryMapper.map(context.userId(), date, page, profile, water, source));
		return 1;
	}

}
