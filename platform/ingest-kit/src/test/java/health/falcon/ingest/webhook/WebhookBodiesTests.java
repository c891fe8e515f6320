package health.falcon.ingest.webhook;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import health.falcon.kit.web.BodyTooLargeException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookBodiesTests {

	private final WebhookBodies bodies = new WebhookBodies(new WebhookProperties(DataSize.ofBytes(16)));

	@Test
	void readsABodyUpToTheLimit() throws IOException {
		assertThat(this.bodies.read(request(16, true))).hasSize(16);
		assertThat(this.bodies.read(request(0, true))).isEmpty();
	}

	@Test
	void refusesADeclaredLengthAboveTheLimitWithoutReading() throws IOException {
		MockHttpServletRequest request = request(17, true);
		assertThatThrownBy(() -> this.bodies.read(request)).isInstanceOf(BodyTooLargeException.class)
			.hasMessage("The request body is larger than the limit of 16 bytes.");
		assertThat(request.getInputStream().readAllBytes()).hasSize(17);
	}

	@Test
	void refusesABodyWithoutLengthOnceItPassesTheLimit() throws IOException {
		assertThat(this.bodies.read(request(16, false))).hasSize(16);
		assertThatThrownBy(() -> this.bodies.read(request(1024 * 1024, false)))
			.isInstanceOf(BodyTooLargeException.class);
	}

	@Test
	void defaultsTo64KB() {
		WebhookProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("falcon.ingest.webhooks", WebhookProperties.class);
		assertThat(defaults.maxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
	}

	private static MockHttpServletRequest request(int size, boolean declared) {
		byte[] body = new byte[size];
		Arrays.fill(body, (byte) 'x');
		MockHttpServletRequest request = declared ? new MockHttpServletRequest() : new MockHttpServletRequest() {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public int getContentLength() {
				return -1;
			}

		};
		request.setContent(body);
		return request;
	}

}
