package health.falcon.diet.diary;

import health.falcon.ingest.api.IngestOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;

/**
 * Connects the diary with a session cookie: checks at MyFitnessPal that the cookie is a
 * signed-in session (auth token, then the profile), stores the profile, hands the cookie
 * to the ingest kit (stored encrypted as the connection's credential, account id = the
 * MyFitnessPal user id) which starts the backfill. Nothing is stored unless both calls
 * succeeded. The cookie is never logged.
 */
@Service
class MyFitnessPalSessionService {

	private static final Logger logger = LoggerFactory.getLogger(MyFitnessPalSessionService.class);

	private final MyFitnessPalClients clients;

	private final ProfileStore profiles;

	private final IngestOperations ingest;

	MyFitnessPalSessionService(MyFitnessPalClients clients, ProfileStore profiles, IngestOperations ingest) {
		this.clients = clients;
		this.profiles = profiles;
		this.ingest = ingest;
	}

	/**
	 * @param userId the signed-in user
	 * @param cookie the pasted cookie
	 * @return the connected account
	 * @throws InvalidSessionException when the cookie is not a signed-in session
	 * @throws ProviderUnavailableException when MyFitnessPal could not tell
	 */
	SessionView connect(String userId, String cookie) {
		MyFitnessPalClient client = this.clients.forSession(cookie);
		MyFitnessPalProfile profile;
		try {
			profile = client.profile(client.authToken());
		}
		catch (SessionRejectedException ex) {
			logger.info("Refused a MyFitnessPal session: {}", ex.getMessage());
			throw new InvalidSessionException();
		}
		catch (MyFitnessPalUnavailableException | RestClientException ex) {
			logger.warn("MyFitnessPal could not check a session: {}", ex.getClass().getSimpleName());
			throw new ProviderUnavailableException();
		}
		this.profiles.save(userId, profile);
		this.ingest.connectWithCredential(userId, MyFitnessPalDiaryConnector.PROVIDER, cookie, profile.id());
		logger.info("Connected a MyFitnessPal diary; the backfill starts");
		return new SessionView(MyFitnessPalDiaryConnector.PROVIDER, "ACTIVE", profile.id(), profile.username());
	}

}
