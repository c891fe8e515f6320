package health.falcon.fitbit.notification;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import health.falcon.fitbit.notification.NotificationAuthenticator.Credential;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Checks requests to the notification endpoint and hands notifications to
 * {@link NotificationHandler} on a background thread: Google wants the answer at once and
 * retries anything but 204 for days.
 */
@Service
class NotificationService implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(NotificationService.class);

	private final NotificationAuthenticator authenticator;

	private final NotificationHandler handler;

	private final JsonMapper json;

	private final Executor executor;

	@Autowired
	NotificationService(NotificationAuthenticator authenticator, NotificationHandler handler, JsonMapper json) {
		this(authenticator, handler, json, Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "google-health-notifications");
			thread.setDaemon(true);
			return thread;
		}));
	}

	NotificationService(NotificationAuthenticator authenticator, NotificationHandler handler, JsonMapper json,
			Executor executor) {
		this.authenticator = authenticator;
		this.handler = handler;
		this.json = json;
		this.executor = executor;
	}

	/**
	 * Take one request: authenticate it from the headers and raw bytes, and only then
	 * parse it.
	 * @param body the raw body (the signature covers it byte for byte)
	 * @param authorization the {@code Authorization} header, if any
	 * @param signature the {@code X-HEALTHAPI-SIGNATURE} header, if any
	 * @return whether it was a verification request or notifications
	 * @throws NotificationUnauthenticatedException without secret and signature
	 * @throws WebhookVerificationFailedException with a wrong secret or a bad signature
	 * @throws MalformedNotificationException for an unreadable body
	 */
	Received receive(byte[] body, @Nullable String authorization, @Nullable String signature) {
		Credential credential = this.authenticator.authenticate(body, authorization, signature);
		JsonNode root = read(body);
		if (NotificationParser.isVerification(root)) {
			// Google's verification request carries the registered secret, never
			// only a signature
			if (credential != Credential.SECRET) {
				throw new WebhookVerificationFailedException("A verification request must carry the endpoint secret.");
			}
			return Received.VERIFICATION;
		}
		List<HealthNotification> notifications = NotificationParser.notifications(root);
		this.executor.execute(() -> notifications.forEach(this::handle));
		return Received.NOTIFICATIONS;
	}

	private JsonNode read(byte[] body) {
		try {
			JsonNode root = this.json.readTree(body);
			if (root == null || !(root.isObject() || root.isArray())) {
				throw new MalformedNotificationException("The body is not a JSON object or array.");
			}
			return root;
		}
		catch (JacksonException ex) {
			throw new MalformedNotificationException("The body is not JSON.");
		}
	}

	private void handle(HealthNotification notification) {
		try {
			this.handler.handle(notification);
		}
		catch (RuntimeException ex) {
			logger.warn("Google Health {} notification failed", notification.dataType(), ex);
		}
	}

	@Override
	public void destroy() {
		if (this.executor instanceof ExecutorService service) {
			service.shutdown();
		}
	}

	/** What a request was. */
	enum Received {

		/** Google's endpoint verification, answered 201. */
		VERIFICATION,

		/** Notifications, accepted for background work and answered 204. */
		NOTIFICATIONS

	}

}
