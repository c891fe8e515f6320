package health.falcon.devstack.idp.authorizations;

import java.nio.file.Path;

import javax.sql.DataSource;

import health.falcon.devstack.idp.IdpProperties;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Keeps authorizations (codes, access and refresh tokens, ID tokens) in an H2 file
 * database beside the signing key, so that a restart of the provider does not invalidate
 * the gateway's refresh tokens: together with the persisted key, signed-in sessions
 * survive it. The schema is Spring Authorization Server's, created when missing
 * ({@code authorization-schema.sql}).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationStoreConfiguration {

	@Bean
	DataSource authorizationDataSource(IdpProperties properties) {
		Path database = properties.keyDir().toAbsolutePath().resolve("authorizations");
		return DataSourceBuilder.create().url("jdbc:h2:file:" + database).username("sa").password("").build();
	}

	@Bean
	OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationService(jdbc, clients);
	}

}
