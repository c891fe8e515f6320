package health.falcon.kit.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which service clients may call this service's {@code /internal/**} endpoints
 * ({@code falcon.internal.*}).
 *
 * @param clients the subjects ({@code sub}) of the client-credentials tokens accepted on
 * {@code /internal/**}, in addition to the scope
 * {@value ResourceServerAutoConfiguration#INTERNAL_SCOPE}: with Spring Authorization
 * Server (the devstack provider) the client id, with Auth0 {@code <client-id>@clients}.
 * Empty by default, which closes {@code /internal/**} to everyone. A listed subject must
 * never be a user's subject.
 */
@ConfigurationProperties("falcon.internal")
public record InternalClientsProperties(@DefaultValue List<String> clients) {

}
