package health.falcon.devstack.sandbox.dropbox;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The notify host's {@code files/list_folder/longpoll} (no authentication): answers
 * {@code {"changes": true}} as soon as a {@code continue} with the cursor would return
 * entries, or {@code {"changes": false}} after the timeout (30-480 s, capped by
 * {@code longpoll-max-wait}). Waiting holds no request thread.
 */
@RestController
class DropboxLongpollController {

	private static final String ROUTE = "files/list_folder/longpoll";

	private static final Map<String, Object> CHANGES = Map.of("changes", true);

	private static final Map<String, Object> NO_CHANGES = Map.of("changes", false);

	private final FolderListing listing;

	private final LongpollWaiters waiters;

	private final DropboxScheduler scheduler;

	private final Duration maxWait;

	DropboxLongpollController(FolderListing listing, LongpollWaiters waiters, DropboxScheduler scheduler,
			DropboxProperties properties) {
		this.listing = listing;
		this.waiters = waiters;
		this.scheduler = scheduler;
		this.maxWait = properties.longpollMaxWait();
	}

	@PostMapping("/dropbox/notify/2/files/list_folder/longpoll")
	DeferredResult<Map<String, Object>> longpoll(@RequestBody(required = false) @Nullable String body,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType) {
		RpcArguments arguments = RpcArguments.parse(ROUTE, body, contentType).requireObject();
		String cursor = arguments.string("cursor", null);
		Duration timeout = Duration.ofSeconds(arguments.integer("timeout", 30, 30, 480));
		Duration wait = (timeout.compareTo(this.maxWait) < 0) ? timeout : this.maxWait;
		DeferredResult<Map<String, Object>> result = new DeferredResult<>(wait.plusSeconds(30).toMillis(), NO_CHANGES);
		if (this.listing.hasChanges(cursor)) {
			result.setResult(CHANGES);
			return result;
		}
		String accountId = this.listing.accountIdOf(cursor);
		BooleanSupplier check = () -> check(cursor, result);
		this.waiters.add(accountId, check);
		this.scheduler.schedule(() -> {
			this.waiters.remove(accountId, check);
			result.setResult(NO_CHANGES);
		}, wait);
		// a change between the first check and the registration must not be missed
		if (check.getAsBoolean()) {
			this.waiters.remove(accountId, check);
		}
		return result;
	}

	private boolean check(String cursor, DeferredResult<Map<String, Object>> result) {
		try {
			return this.listing.hasChanges(cursor) && result.setResult(CHANGES);
		}
		catch (DropboxApiException ex) {
			return result.setErrorResult(ex);
		}
	}

}
