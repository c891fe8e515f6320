package health.falcon.backend.me;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import health.falcon.model.UnitSystem;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

class UserSettingsServiceTests {

	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	private final UserSettingsRepository repository = mock(UserSettingsRepository.class);

	private final UserSettingsService service = new UserSettingsService(this.repository,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void defaultsWhenNothingIsStored() {
		given(this.repository.findById("alex")).willReturn(Optional.empty());
		assertThat(this.service.preferencesOf("alex")).isEqualTo(Preferences.DEFAULTS);
	}

	@Test
	void readsStoredSettings() {
		given(this.repository.findById("demo"))
			.willReturn(Optional.of(new UserSettings("demo", "America/New_York", "imperial", NOW)));
		assertThat(this.service.preferencesOf("demo"))
			.isEqualTo(new Preferences(ZoneId.of("America/New_York"), UnitSystem.IMPERIAL, HeartRate.NONE));
	}

	@Test
	void storesSettingsUnderTheUserIdWithTheCurrentTime() {
		given(this.repository.save(any(UserSettings.class))).willAnswer((invocation) -> invocation.getArgument(0));
		Preferences stored = this.service.update("demo", ZoneId.of("Europe/Berlin"), UnitSystem.METRIC, HeartRate.NONE);
		ArgumentCaptor<UserSettings> saved = ArgumentCaptor.forClass(UserSettings.class);
		then(this.repository).should().save(saved.capture());
		assertThat(saved.getValue().getUserId()).isEqualTo("demo");
		assertThat(saved.getValue().getUnits()).isEqualTo("metric");
		assertThat(saved.getValue().getUpdatedAt()).isEqualTo(NOW);
		assertThat(stored).isEqualTo(new Preferences(ZoneId.of("Europe/Berlin"), UnitSystem.METRIC, HeartRate.NONE));
	}

	@Test
	void readsStoredHeartRateSettings() {
		HeartRate heartRate = new HeartRate(188, 48, null, null, "female");
		given(this.repository.findById("demo"))
			.willReturn(Optional.of(new UserSettings("demo", "Europe/Berlin", "metric", heartRate, NOW)));
		assertThat(this.service.preferencesOf("demo").heartRate()).isEqualTo(heartRate);
	}

	@Test
	void replacesTheHeartRateSettingsWhenTheRequestNamesThem() {
		given(this.repository.save(any(UserSettings.class))).willAnswer((invocation) -> invocation.getArgument(0));
		HeartRate heartRate = new HeartRate(null, 50, 30, null, null);
		Preferences stored = this.service.update("demo", ZoneId.of("Europe/Berlin"), UnitSystem.METRIC, heartRate);
		assertThat(stored.heartRate()).isEqualTo(heartRate);
		then(this.repository).should(never()).findById("demo");
	}

	@Test
	void keepsTheStoredHeartRateSettingsWhenTheRequestDoesNotNameThem() {
		HeartRate heartRate = new HeartRate(188, 48, null, null, null);
		given(this.repository.findById("demo"))
			.willReturn(Optional.of(new UserSettings("demo", "Europe/Berlin", "metric", heartRate, NOW)));
		given(this.repository.save(any(UserSettings.class))).willAnswer((invocation) -> invocation.getArgument(0));
		Preferences stored = this.service.update("demo", ZoneId.of("America/Denver"), UnitSystem.IMPERIAL, null);
		assertThat(stored).isEqualTo(new Preferences(ZoneId.of("America/Denver"), UnitSystem.IMPERIAL, heartRate));
	}

}
