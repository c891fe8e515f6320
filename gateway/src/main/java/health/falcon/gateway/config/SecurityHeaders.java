package health.falcon.gateway.config;

import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;

/**
 * The security headers on every gateway response: content security policy, no framing, no
 * MIME sniffing, a strict referrer policy, no powerful browser features, and HSTS on
 * HTTPS.
 */
class SecurityHeaders {

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private final ContentSecurityPolicy policy;

	SecurityHeaders(ContentSecurityPolicy policy) {
		this.policy = policy;
	}

	void apply(ServerHttpSecurity http) {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(this.policy.directives()))
			.frameOptions((frames) -> frames.mode(Mode.DENY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicy((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
	}

}
