package health.falcon.devstack.sandbox.dropbox;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every account's files, seeded at start-up (and on reset) from the configured seed and
 * the sandbox clock's day. Each change publishes {@link DropboxFilesChanged}, which wakes
 * longpolls and triggers webhooks.
 */
@Component
class DropboxFiles {

	private static final Logger logger = LoggerFactory.getLogger(DropboxFiles.class);

	private final Map<String, AccountFiles> accounts = new ConcurrentHashMap<>();

	private final DropboxAccounts registry;

	private final SeedFiles seed;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DropboxFiles(DropboxAccounts registry, DropboxProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.registry = registry;
		this.seed = new SeedFiles(properties.data().seed(), properties.data().zone());
		this.clock = clock;
		this.events = events;
		registry.all().forEach((account) -> this.accounts.put(account.accountId(), seeded(account, 0)));
	}

	/**
	 * The files of an account.
	 */
	AccountFiles of(DropboxAccount account) {
		return this.accounts.get(account.accountId());
	}

	Optional<AccountFiles> byUsername(String username) {
		return this.registry.byUsername(username).map(this::of);
	}

	/**
	 * Stores a file as if the user had uploaded it now.
	 * @param path the display path
	 * @return the new revision
	 */
	Metadata put(AccountFiles files, String path, byte[] content) {
		Metadata stored = files.put(path, content, this.clock.instant());
		this.events.publishEvent(new DropboxFilesChanged(files.account()));
		return stored;
	}

	Optional<Metadata> delete(AccountFiles files, String path) {
		Optional<Metadata> deleted = files.delete(path);
		deleted.ifPresent((entry) -> this.events.publishEvent(new DropboxFilesChanged(files.account())));
		return deleted;
	}

	/**
	 * Replaces an account's files with a fresh seed (ending today); its cursors become
	 * stale ({@code reset}).
	 */
	void reset(DropboxAccount account) {
		AccountFiles old = of(account);
		this.accounts.put(account.accountId(), seeded(account, old.generation() + 1));
		this.events.publishEvent(new DropboxFilesChanged(account));
	}

	private AccountFiles seeded(DropboxAccount account, int generation) {
		AccountFiles files = new AccountFiles(account, generation);
		for (SeedFile file : this.seed.generate(account, this.clock.instant())) {
			files.put(file.path(), file.content(), file.modified());
		}
		logger.debug("Dropbox sandbox: seeded {} entries for {}", files.position(), account.username());
		return files;
	}

}
