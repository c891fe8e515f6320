package health.falcon.ingest.oauth;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import health.falcon.ingest.api.IngestOperations;
import health.falcon.ingest.connection.ConnectionStore;
import health.falcon.ingest.connection.StoredTokens;
import health.falcon.ingest.crypto.TokenCipher;
import health.falcon.ingest.connection.Connection;
import health.falcon.ingest.provider.ProviderConnectors;
import health.falcon.ingest.spi.OAuthConventions;
import health.falcon.ingest.spi.OAuthConventions.GrantedScopesSource;
import health.falcon.ingest.spi.ProviderConnector;
import health.falcon.ingest.spi.SyncTrigger;
import health.falcon.ingest.spi.TokenGrant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The connect flow. {@link #authorize} stores a one-time nonce (and PKCE verifier) and
 * returns the provider's authorization URI with a signed, expiring {@code state} bound to
 * the user. {@link #callback} verifies the state (signature, user, provider, expiry, one
 * use), exchanges the code, checks the granted scopes, stores the encrypted tokens,
 * starts the backfill and returns the frontend URI that reports the outcome. Nothing is
 * stored unless every check passed.
 */
class ConnectFlow {

	private static final Logger logger = LoggerFactory.getLogger(ConnectFlow.class);

	private final ProviderConnectors connectors;

	private final ClientRegistrations registrations;

	private final StateCodec codec;

	private final OAuthStateStore states;

	private final TokenClient tokenClient;

	private final TokenCipher cipher;

	private final ConnectionStore store;

	private final IngestOperations operations;

	private final ConnectFlowSettings settings;

	ConnectFlow(ProviderConnectors connectors, ClientRegistrations registrations, StateCodec codec,
			OAuthStateStore states, TokenClient tokenClient, TokenCipher cipher, ConnectionStore store,
			IngestOperations operations, ConnectFlowSettings settings) {
		this.connectors = connectors;
		this.registrations = registrations;
		this.codec = codec;
		this.states = states;
		this.tokenClient = tokenClient;
		this.cipher = cipher;
		this.store = store;
		this.operations = operations;
		this.settings = settings;
	}

	URI authorize(String userId, String provider) {
		OAuthConventions conventions = this.connectors.oauthConnector(provider).oauthConventions();
		Instant now = clock().instant();
		this.states.deleteExpired(now);
		String nonce = Pkce.randomToken();
		String verifier = conventions.pkce() ? Pkce.randomToken() : null;
		Instant expiresAt = now.plus(this.settings.stateTtl());
		this.states.save(new OAuthState(nonce, userId, provider, verifier, expiresAt));
		String state = this.codec.sign(new SignedState(userId, provider, nonce, expiresAt));
		return AuthorizationUris.build(this.registrations.registration(provider), conventions, state,
				(verifier != null) ? Pkce.challenge(verifier) : null);
	}

	URI callback(String userId, String provider, CallbackParameters parameters) {
		ProviderConnector connector = this.connectors.oauthConnector(provider);
		return redirect(provider, complete(userId, connector, parameters));
	}

	private ConnectResult complete(String userId, ProviderConnector connector, CallbackParameters parameters) {
		String provider = connector.providerId();
		Optional<OAuthState> state = consume(userId, provider, parameters.state());
		if (state.isEmpty()) {
			logger.warn("Refused a {} callback with an invalid, expired or replayed state", provider);
			return ConnectResult.error("invalid-state");
		}
		if (parameters.error() != null) {
			return "access_denied".equals(parameters.error()) ? ConnectResult.DENIED
					: ConnectResult.error("provider-error");
		}
		if (parameters.code() == null || parameters.code().isBlank()) {
			return ConnectResult.error("provider-error");
		}
		GrantedScopesSource source = connector.oauthConventions().grantedScopesSource();
		if (source == GrantedScopesSource.CALLBACK_PARAMETER && !hasRequiredScopes(provider, parameters.scope())) {
			return ConnectResult.error("missing-scope");
		}
		TokenGrant grant;
		try {
			grant = this.tokenClient.exchange(provider, parameters.code(), parameters.state(),
					state.get().codeVerifier());
		}
		catch (TokenRejectedException | TokenEndpointException ex) {
			logger.warn("Code exchange with {} failed: {}", provider, ex.getMessage());
			return ConnectResult.error("token-exchange-failed");
		}
		Set<String> granted = (source == GrantedScopesSource.CALLBACK_PARAMETER) ? split(parameters.scope())
				: grant.scopes();
		if (!granted.containsAll(this.connectors.properties(provider).requiredScopes())) {
			return ConnectResult.error("missing-scope");
		}
		store(userId, connector, grant, granted);
		return ConnectResult.CONNECTED;
	}

	private void store(String userId, ProviderConnector connector, TokenGrant grant, Set<String> granted) {
		String provider = connector.providerId();
		String id = Connection.id(userId, provider);
		StoredTokens tokens = new StoredTokens(this.cipher.encrypt(grant.accessToken(), id),
				(grant.refreshToken() != null) ? this.cipher.encrypt(grant.refreshToken(), id) : null,
				grant.expiresAt());
		Instant now = clock().instant();
		Instant backfillFrom = now.minus(this.connectors.properties(provider).backfillDepth());
		this.store.connected(userId, provider, connector.accountId(grant), List.copyOf(granted), tokens, now,
				backfillFrom);
		logger.info("Connected {} for a user; starting the backfill", provider);
		this.operations.requestSync(userId, provider, SyncTrigger.BACKFILL);
	}

	private Optional<OAuthState> consume(String userId, String provider, @Nullable String state) {
		Optional<SignedState> signed = (state != null) ? this.codec.verify(state) : Optional.empty();
		if (signed.isEmpty() || !signed.get().userId().equals(userId) || !signed.get().provider().equals(provider)) {
			return Optional.empty();
		}
		if (!signed.get().expiresAt().isAfter(clock().instant())) {
			this.states.delete(signed.get().nonce());
			return Optional.empty();
		}
		return this.states.consume(signed.get().nonce(), userId, provider);
	}

	private boolean hasRequiredScopes(String provider, @Nullable String scope) {
		return split(scope).containsAll(this.connectors.properties(provider).requiredScopes());
	}

	private static Set<String> split(@Nullable String scope) {
		if (scope == null) {
			return Set.of();
		}
		return Arrays.stream(scope.split("[,\\s]+")).filter((s) -> !s.isEmpty()).collect(Collectors.toSet());
	}

	private URI redirect(String provider, ConnectResult result) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(this.registrations.frontendUri())
			.queryParam("provider", provider)
			.queryParam("result", result.result());
		if (result.reason() != null) {
			builder.queryParam("reason", result.reason());
		}
		return builder.encode().build().toUri();
	}

	private Clock clock() {
		return this.settings.clock();
	}

}
