package health.falcon.gateway.config;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;

/**
 * The content security policy sent with every response: only our own origin for scripts,
 * styles, connections and frames, plus the sign-in providers' origins as form targets,
 * because the logout form's redirect ends at the provider and browsers apply
 * {@code form-action} to it.
 *
 * @param formActionOrigins origins allowed besides {@code 'self'} as form targets
 */
record ContentSecurityPolicy(Set<String> formActionOrigins) {

	static ContentSecurityPolicy forProviders(ReactiveClientRegistrationRepository clients, List<String> extraOrigins) {
		Set<String> origins = new LinkedHashSet<>();
		if (clients instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				if (registration instanceof ClientRegistration client) {
					addOrigin(origins, client.getProviderDetails().getAuthorizationUri());
					Object endSession = client.getProviderDetails()
						.getConfigurationMetadata()
						.get("end_session_endpoint");
					if (endSession != null) {
						addOrigin(origins, endSession.toString());
					}
				}
			}
		}
		extraOrigins.forEach((origin) -> addOrigin(origins, origin));
		return new ContentSecurityPolicy(Set.copyOf(origins));
	}

	String directives() {
		String formAction = String
			.join(" ", "'self'", String.join(" ", this.formActionOrigins.stream().sorted().toList()))
			.trim();
		return String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self'",
				"img-src 'self' data: blob:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
				"base-uri 'self'", "frame-ancestors 'none'", "form-action " + formAction);
	}

	private static void addOrigin(Set<String> origins, String uri) {
		URI parsed = URI.create(uri);
		if (parsed.getScheme() == null || parsed.getHost() == null) {
			return;
		}
		String port = (parsed.getPort() != -1) ? ":" + parsed.getPort() : "";
		origins.add(parsed.getScheme() + "://" + parsed.getHost() + port);
	}

}
