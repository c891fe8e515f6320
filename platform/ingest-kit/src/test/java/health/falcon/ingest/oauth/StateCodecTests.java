package health.falcon.ingest.oauth;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StateCodecTests {

	private final StateCodec codec = new StateCodec("test-only-state-signing-secret-0123456789");

	private final SignedState state = new SignedState("alex", "strava", "nonce-1",
			Instant.parse("2026-03-10T10:11:00Z"));

	@Test
	void verifiesItsOwnSignature() {
		assertThat(this.codec.verify(this.codec.sign(this.state))).contains(this.state);
	}

	@Test
	void rejectsAStateSignedWithAnotherSecret() {
		String foreign = new StateCodec("another-secret-another-secret-0123456789").sign(this.state);
		assertThat(this.codec.verify(foreign)).isEmpty();
	}

	@Test
	void rejectsAStateWhoseUserWasSwapped() {
		String signed = this.codec.sign(this.state);
		String swapped = signed.replaceFirst("\\.[^.]+\\.", ".ZGVtbw.");
		assertThat(swapped).isNotEqualTo(signed);
		assertThat(this.codec.verify(swapped)).isEmpty();
		assertThat(this.codec.verify("garbage")).isEmpty();
		assertThat(this.codec.verify("a.b.c")).isEmpty();
	}

}
