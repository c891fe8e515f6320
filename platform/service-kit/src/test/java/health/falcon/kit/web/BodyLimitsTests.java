package health.falcon.kit.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class BodyLimitsTests {

	private final BodyLimits limits = new BodyLimits(new BodyLimitProperties(DataSize.ofKilobytes(64),
			Map.of("/webhooks/**", DataSize.ofKilobytes(256), "/webhooks/dropbox", DataSize.ofKilobytes(8))));

	@Test
	void usesTheDefaultForAPathWithoutOverride() {
		assertThat(this.limits.limitFor("/api/settings")).isEqualTo(64 * 1024);
	}

	@Test
	void usesTheOverrideOfAMatchingPath() {
		assertThat(this.limits.limitFor("/webhooks/google-health")).isEqualTo(256 * 1024);
	}

	@Test
	void prefersTheMostSpecificOverride() {
		assertThat(this.limits.limitFor("/webhooks/dropbox")).isEqualTo(8 * 1024);
	}

	@Test
	void doesNotApplyAnOverrideToAPathThatOnlyStartsAlike() {
		assertThat(this.limits.limitFor("/webhooksx/dropbox")).isEqualTo(64 * 1024);
	}

}
