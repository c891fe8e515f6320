package health.falcon.dropbox.webhook;

import java.util.Optional;

import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.spi.SyncTrigger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Verifies a Dropbox notification and queues a sync ({@code WEBHOOK}) for every account
 * in {@code list_folder.accounts} that a user connected; other accounts are ignored. The
 * notification says who changed, not what: the sync reads the changes from the stored
 * cursor. Queuing returns at once, so Dropbox gets its 200 quickly.
 */
@Service
class DropboxWebhookService {

	private static final Logger logger = LoggerFactory.getLogger(DropboxWebhookService.class);

	private static final String PROVIDER = "dropbox";

	private final IngestOperations ingest;

	private final JsonMapper json;

	private final String appSecret;

	DropboxWebhookService(IngestOperations ingest, JsonMapper json, IngestProperties properties) {
		this.ingest = ingest;
		this.json = json;
		IngestProperties.Provider dropbox = properties.providers().get(PROVIDER);
		String secret = (dropbox != null) ? dropbox.clientSecret() : null;
		this.appSecret = (secret != null) ? secret : "";
	}

	/**
	 * Verify and act on one notification.
	 * @param body the raw body
	 * @param signature the {@code X-Dropbox-Signature} header, if any
	 * @return how many syncs were queued
	 * @throws WebhookSignatureMissingException without a signature
	 * @throws WebhookVerificationFailedException with a wrong one
	 * @throws MalformedNotificationException when the signed body is not JSON
	 */
	int notified(byte[] body, @Nullable String signature) {
		if (signature == null || signature.isBlank()) {
			throw new WebhookSignatureMissingException();
		}
		if (!WebhookSignatures.verify(this.appSecret, body, signature)) {
			throw new WebhookVerificationFailedException();
		}
		int queued = 0;
		for (JsonNode account : accounts(body)) {
			Optional<String> userId = account.isString() ? this.ingest.userIdForAccount(PROVIDER, account.asString())
					: Optional.empty();
			if (userId.isPresent()) {
				this.ingest.requestSync(userId.get(), PROVIDER, SyncTrigger.WEBHOOK);
				queued++;
			}
		}
		logger.debug("Dropbox notification queued {} syncs", queued);
		return queued;
	}

	private JsonNode accounts(byte[] body) {
		try {
			JsonNode notification = this.json.readTree(body);
			if (notification == null || !notification.isObject()) {
				throw new MalformedNotificationException();
			}
			return notification.path("list_folder").path("accounts");
		}
		catch (JacksonException ex) {
			throw new MalformedNotificationException();
		}
	}

}
