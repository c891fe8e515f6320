package health.falcon.ingest.provider;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.falcon.ingest.config.IngestProperties;
import health.falcon.ingest.spi.ConnectionMethod;
import health.falcon.ingest.spi.ProviderConnector;
import org.jspecify.annotations.Nullable;

/**
 * This service's {@link ProviderConnector} beans with their
 * {@code falcon.ingest.providers.<id>} configuration. Construction fails when a connector
 * lacks its endpoints or client credentials, so a misconfigured service does not start
 * ({@code USER_CREDENTIAL} connectors need only their entry: schedule, backfill depth).
 */
public class ProviderConnectors {

	private final Map<String, Registered> connectors;

	/**
	 * Create the registry.
	 * @param connectors the connector beans
	 * @param properties the kit's configuration
	 * @throws IllegalStateException when a connector is not configured
	 */
	public ProviderConnectors(List<ProviderConnector> connectors, IngestProperties properties) {
		Map<String, Registered> byId = new LinkedHashMap<>();
		for (ProviderConnector connector : connectors) {
			String id = connector.providerId();
			IngestProperties.Provider provider = properties.providers().get(id);
			check(connector, provider);
			if (byId.put(id, new Registered(connector, provider)) != null) {
				throw new IllegalStateException("Two ProviderConnector beans claim the provider '" + id + "'");
			}
		}
		this.connectors = Map.copyOf(byId);
	}

	/**
	 * @param provider a provider id from a path or document
	 * @return the connector
	 * @throws UnknownProviderException when this service does not connect it
	 */
	public ProviderConnector connector(String provider) {
		return registered(provider).connector();
	}

	/**
	 * @param provider a provider id
	 * @return its configuration
	 * @throws UnknownProviderException when this service does not connect it
	 */
	public IngestProperties.Provider properties(String provider) {
		return registered(provider).properties();
	}

	/**
	 * @return every registered connector with its configuration
	 */
	public Collection<Registered> all() {
		return this.connectors.values();
	}

	private Registered registered(String provider) {
		Registered registered = this.connectors.get(provider);
		if (registered == null) {
			throw new UnknownProviderException(provider);
		}
		return registered;
	}

	/**
	 * @param provider a provider id from a path
	 * @return the connector, which connects with the OAuth 2 flow
	 * @throws UnknownProviderException when this service does not connect it
	 * @throws OAuthNotSupportedException when it connects with a user credential
	 */
	public ProviderConnector oauthConnector(String provider) {
		ProviderConnector connector = connector(provider);
		if (connector.connectionMethod() != ConnectionMethod.OAUTH2) {
			throw new OAuthNotSupportedException(provider);
		}
		return connector;
	}

	private static void check(ProviderConnector connector, IngestProperties.@Nullable Provider provider) {
		String id = connector.providerId();
		String prefix = "falcon.ingest.providers." + id;
		if (provider == null) {
			throw new IllegalStateException("The connector '" + id + "' needs configuration under " + prefix);
		}
		if (connector.connectionMethod() == ConnectionMethod.USER_CREDENTIAL) {
			return;
		}
		try {
			connector.oauthConventions();
		}
		catch (UnsupportedOperationException ex) {
			throw new IllegalStateException("The OAuth 2 connector '" + id
					+ "' must implement oauthConventions() or declare another " + "connectionMethod()");
		}
		require(prefix + ".authorization-uri", provider.authorizationUri());
		require(prefix + ".token-uri", provider.tokenUri());
		require(prefix + ".api-base-url", provider.apiBaseUrl());
		require(prefix + ".client-id", provider.clientId());
		require(prefix + ".client-secret", provider.clientSecret());
	}

	private static void require(String key, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(key + " must be set");
		}
	}

	/**
	 * A connector with its configuration.
	 *
	 * @param properties its configuration (endpoints and credentials are non-null)
	 */
	public record Registered(ProviderConnector connector, IngestProperties.Provider properties) {

	}

}
