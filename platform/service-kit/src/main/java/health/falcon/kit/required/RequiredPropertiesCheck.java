package health.falcon.kit.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Refuses to start a service that lacks a property Boot would otherwise default to
 * localhost, or that has no default at all. It runs as a bean factory post processor, so
 * it sees the complete environment (test property sources included) and fails before any
 * bean is created. Required, where they apply:
 * <ul>
 * <li>{@code spring.mongodb.uri} when the MongoDB driver is present (Boot's own default
 * is {@code localhost:27017});</li>
 * <li>{@code spring.security.oauth2.resourceserver.jwt.issuer-uri} when the service is a
 * resource server, unless it names a {@code jwk-set-uri} instead or declares its own
 * {@link JwtDecoder};</li>
 * <li>{@code spring.security.oauth2.client.provider.<id>.token-uri} for every client
 * registration whose provider has neither a token URI nor an issuer URI and is none of
 * the providers Spring Security knows.</li>
 * </ul>
 */
class RequiredPropertiesCheck implements BeanFactoryPostProcessor {

	static final String MONGODB_URI = "spring.mongodb.uri";

	static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

	private static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

	private static final String MONGO_CLIENT = "com.mongodb.client.MongoClient";

	private static final String RESOURCE_SERVER = "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken";

	private static final String CLIENT = "spring.security.oauth2.client.";

	private static final Set<String> COMMON_PROVIDERS = Set.of("google", "github", "facebook", "okta");

	private static final Bindable<Map<String, Map<String, String>>> REGISTRATIONS = Bindable
		.of(ResolvableType.forClassWithGenerics(Map.class, ResolvableType.forClass(String.class),
				ResolvableType.forClassWithGenerics(Map.class, String.class, String.class)));

	private final Environment environment;

	RequiredPropertiesCheck(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		ClassLoader classLoader = beanFactory.getBeanClassLoader();
		List<RequiredProperty> missing = required(beanFactory, classLoader).stream()
			.filter((property) -> !hasText(property.name()))
			.toList();
		if (!missing.isEmpty()) {
			String service = this.environment.getProperty("spring.application.name", "service");
			throw new MissingRequiredPropertiesException(service, missing);
		}
	}

	private List<RequiredProperty> required(ConfigurableListableBeanFactory beanFactory,
			@Nullable ClassLoader classLoader) {
		List<RequiredProperty> required = new ArrayList<>();
		if (ClassUtils.isPresent(MONGO_CLIENT, classLoader)) {
			required.add(RequiredProperty.of(MONGODB_URI));
		}
		if (ClassUtils.isPresent(RESOURCE_SERVER, classLoader) && !hasText(JWK_SET_URI)
				&& beanFactory.getBeanNamesForType(JwtDecoder.class, true, false).length == 0) {
			required.add(RequiredProperty.of(ISSUER_URI));
		}
		required.addAll(clientTokenUris());
		return required;
	}

	private List<RequiredProperty> clientTokenUris() {
		Map<String, Map<String, String>> registrations = Binder.get(this.environment)
			.bind(CLIENT + "registration", REGISTRATIONS)
			.orElse(Map.of());
		List<RequiredProperty> required = new ArrayList<>();
		registrations.forEach((id, registration) -> {
			String provider = registration.getOrDefault("provider", id);
			String prefix = CLIENT + "provider." + provider + ".";
			boolean configured = hasText(prefix + "token-uri") || hasText(prefix + "issuer-uri");
			if (!configured && !COMMON_PROVIDERS.contains(provider)) {
				required.add(RequiredProperty.of(prefix + "token-uri"));
			}
		});
		return required;
	}

	private boolean hasText(String property) {
		return StringUtils.hasText(this.environment.getProperty(property));
	}

}
