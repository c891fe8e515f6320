package health.falcon.kit.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service must start while the identity provider is still down (the local launcher
 * may start it first): the issuer below has nothing listening.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:1/issuer")
@AutoConfigureRestTestClient
class LazyIssuerDiscoveryIntegrationTests {

	@Autowired
	private RestTestClient client;

	@Autowired
	private JwtDecoder decoder;

	@Test
	void startsWithoutReachingTheIssuer() {
		assertThat(this.decoder).isInstanceOf(SupplierJwtDecoder.class);
		assertThat(RestTestClientResponse.from(this.client.get().uri("/readyz").exchange())).hasStatusOk();
		assertThat(RestTestClientResponse.from(this.client.get().uri("/sample/me").exchange())).hasStatus(401);
	}

}
