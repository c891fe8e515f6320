package health.falcon.diet.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import health.falcon.diet.nutrition.DiaryDay;
import health.falcon.diet.nutrition.DiaryDayStore;
import health.falcon.ingest.oauth.ReconnectRequiredException;
import health.falcon.ingest.spi.ConnectionErrorException;
import health.falcon.ingest.spi.SyncContext;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.documents.settings.UserZones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One diary run: a fresh API token from the session cookie, the profile (username,
 * units), then day by day, oldest first, one request at a time: the diary page and the
 * water, parsed, mapped and upserted, then the {@code days} cursor advanced. A day that
 * cannot be parsed is quarantined with its page and the run goes on; an expired session
 * ends the run as {@code NEEDS_RECONNECT} ({@code session-expired}), a private or locked
 * diary as {@code ERROR} ({@code diary-private}, {@code diary-locked}).
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
			Instant now = context.clock().instant();
			DiaryDays range = DiaryDays.of(context.trigger(), context.cursor(STREAM), context.backfillFrom(), now,
					zone);
			for (LocalDate date = range.from(); !date.isAfter(range.to()); date = date.plusDays(1)) {
				readDay(context, client, profile, date);
				if (context.trigger() == SyncTrigger.BACKFILL) {
					context.backfillProgress(context.backfillFrom(), date.atStartOfDay(zone).toInstant());
				}
			}
		}
		catch (SessionRejectedException ex) {
			logger.info("A MyFitnessPal session expired; the connection needs a new cookie");
			throw new ReconnectRequiredException("session-expired");
		}
		catch (DiaryUnavailableException ex) {
			throw new ConnectionErrorException(ex.reason());
		}
	}

	private void readDay(SyncContext context, MyFitnessPalClient client, MyFitnessPalProfile profile, LocalDate date) {
		String html = client.diary(profile.username(), date);
		ParsedDiary page;
		try {
			page = DiaryHtmlParser.parse(html);
		}
		catch (DiaryParseException ex) {
			context.quarantine("diary:" + date, ex.getMessage(), html);
			context.advance(STREAM, date.toString(), 0);
			return;
		}
		context.archive("diary-page", html);
		Double water = client.waterMl(date);
		DiaryDay.DiarySource source = new DiaryDay.DiarySource(context.accountId(), context.runId(),
				context.clock().instant());
		this.days.save(DiaryMapper.map(context.userId(), date, page, profile, water, source));
		context.advance(STREAM, date.toString(), 1);
	}

}
