package health.falcon.backend.config;

import org.springframework.boot.http.client.autoconfigure.HttpClientProperties;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.util.StringUtils;

/**
 * What every HTTP service group of backend-server shares: the relay of the signed-in
 * user's own bearer token, taken from the validated authentication of the current
 * request, so that the callee scopes everything to the same {@code sub} (no user id is
 * ever sent), and the required base URL.
 */
public final class ServiceGroups {

	private ServiceGroups() {
	}

	/**
	 * Put the signed-in user's token on a request; meant for a group's
	 * {@code defaultRequest}, which runs for every request in the calling thread. (An
	 * interceptor would do the same, but a client with an interceptor holds every request
	 * body in memory, and the restore streams whole archives.)
	 * @param headers the request's headers; a request outside an authenticated request
	 * goes without a token
	 */
	public static void relayUserToken(HttpHeaders headers) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> user) {
			headers.setBearerAuth(user.getToken().getTokenValue());
		}
	}

	/**
	 * Without a base URL the service would be called at this service's own host: refuse
	 * to start instead, naming the property and its environment variable.
	 * @param services the HTTP service client properties
	 * @param group the group, named after the service
	 * @param variable the environment variable that sets the base URL
	 */
	public static void requireBaseUrl(HttpServiceClientProperties services, String group, String variable) {
		HttpClientProperties settings = services.get(group);
		if (settings == null || !StringUtils.hasText(settings.getBaseUrl())) {
			throw new IllegalStateException("spring.http.serviceclient." + group + ".base-url is required: set "
					+ variable + " (the base URL of " + group + ")");
		}
	}

}
