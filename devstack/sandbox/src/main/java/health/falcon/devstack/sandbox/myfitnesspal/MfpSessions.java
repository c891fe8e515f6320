package health.falcon.devstack.sandbox.myfitnesspal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import health.falcon.devstack.sandbox.common.RandomTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Browser sessions ({@code mfp_session} cookies) and the API access tokens bootstrapped
 * from them, in memory. A session ends when it expires or when the sandbox expires it;
 * tokens already issued live on until their own expiry, as on the real site.
 */
@Component
class MfpSessions {

	private final Map<String, Grant> sessions = new ConcurrentHashMap<>();

	private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();

	private final Clock clock;

	private final MyFitnessPalProperties properties;

	private final MfpAccounts accounts;

	MfpSessions(Clock clock, MyFitnessPalProperties properties, MfpAccounts accounts) {
		this.clock = clock;
		this.properties = properties;
		this.accounts = accounts;
	}

	/**
	 * Signs a user in.
	 * @return the new session token, empty when the credentials are wrong
	 */
	Optional<String> login(String username, String password) {
		return this.accounts.byUsername(username)
			.filter((account) -> account.password().equals(password))
			.map((account) -> {
				String token = RandomTokens.hex(24);
				this.sessions.put(token,
						new Grant(account, this.clock.instant().plus(this.properties.sessionTimeToLive())));
				return token;
			});
	}

	Optional<MfpAccount> session(@Nullable String token) {
		return live(this.sessions, token);
	}

	/**
	 * Issues an API access token for a session's account.
	 */
	String issueAccessToken(MfpAccount account) {
		String token = RandomTokens.hex(32);
		this.accessTokens.put(token,
				new Grant(account, this.clock.instant().plus(this.properties.accessTokenTimeToLive())));
		return token;
	}

	Optional<MfpAccount> accessToken(@Nullable String token) {
		return live(this.accessTokens, token);
	}

	/**
	 * Ends every session of a user.
	 * @return how many sessions ended
	 */
	int expire(String username) {
		int before = this.sessions.size();
		this.sessions.values().removeIf((grant) -> grant.account().username().equals(username));
		return before - this.sessions.size();
	}

	private Optional<MfpAccount> live(Map<String, Grant> grants, @Nullable String token) {
		Grant grant = (token != null) ? grants.get(token) : null;
		if (grant == null || !this.clock.instant().isBefore(grant.expiresAt())) {
			return Optional.empty();
		}
		return Optional.of(grant.account());
	}

	/**
	 * What a session or token stands for.
	 *
	 * @param account the signed-in account
	 * @param expiresAt end of validity (exclusive)
	 */
	record Grant(MfpAccount account, Instant expiresAt) {

	}

}
