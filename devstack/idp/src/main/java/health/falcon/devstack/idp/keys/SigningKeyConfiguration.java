package health.falcon.devstack.idp.keys;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import health.falcon.devstack.idp.IdpProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the persisted signing key to the authorization server (token signing, JWKS
 * endpoint) and, through Spring Boot's auto-configuration, to the userinfo
 * {@code JwtDecoder}.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

	@Bean
	JWKSource<SecurityContext> jwkSource(IdpProperties properties) {
		return new ImmutableJWKSet<>(new JwkSetFile(properties.keyDir()).loadOrCreate());
	}

}
