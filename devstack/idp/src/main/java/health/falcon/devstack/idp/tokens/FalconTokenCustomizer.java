package health.falcon.devstack.idp.tokens;

import java.util.ArrayList;
import java.util.List;

import health.falcon.devstack.idp.IdpProperties;
import health.falcon.devstack.idp.IdpProperties.DemoUser;

import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds the Falcon claims. Access tokens get the API audience (next to the client id) and
 * the user's {@code name}, {@code email} and {@code preferred_username}; ID tokens get
 * the same profile claims plus {@code email_verified}, which the userinfo endpoint then
 * returns for the {@code profile} and {@code email} scopes. The subject stays the
 * username.
 */
@Component
class FalconTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final IdpProperties properties;

	FalconTokenCustomizer(IdpProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		JwtClaimsSet.Builder claims = context.getClaims();
		if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			// an ArrayList, because the JDBC authorization store serializes the claims
			// with Spring Security's Jackson allow-list, which refuses immutable lists
			claims.audience(
					new ArrayList<>(List.of(context.getRegisteredClient().getClientId(), this.properties.audience())));
			this.properties.findUser(context.getPrincipal().getName()).ifPresent((user) -> addProfile(claims, user));
		}
		else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
			this.properties.findUser(context.getPrincipal().getName()).ifPresent((user) -> {
				addProfile(claims, user);
				claims.claim(StandardClaimNames.EMAIL_VERIFIED, true);
			});
		}
	}

	private static void addProfile(JwtClaimsSet.Builder claims, DemoUser user) {
		claims.claim(StandardClaimNames.NAME, user.name());
		claims.claim(StandardClaimNames.EMAIL, user.email());
		claims.claim(StandardClaimNames.PREFERRED_USERNAME, user.username());
	}

}
