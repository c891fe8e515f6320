package health.falcon.backend.me;

import java.time.Instant;

import health.falcon.documents.settings.HeartRateSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repository behaviour that must hold against every MongoDB the service runs on: the
 * in-process mongo-java-server and a real MongoDB.
 */
abstract class UserSettingsRepositoryContract {

	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	@Autowired
	private UserSettingsRepository repository;

	@Autowired
	private MongoTemplate template;

	@BeforeEach
	void clean() {
		this.repository.deleteAll();
	}

	@Test
	void storesSettingsUnderTheUserId() {
		this.repository.save(new UserSettings("demo", "Europe/Berlin", "imperial", NOW));
		UserSettings found = this.repository.findById("demo").orElseThrow();
		assertThat(found.getTimeZone()).isEqualTo("Europe/Berlin");
		assertThat(found.getUnits()).isEqualTo("imperial");
		assertThat(found.getUpdatedAt()).isEqualTo(NOW);
		assertThat(this.template.getCollectionNames()).contains("user_settings");
	}

	@Test
	void upsertsInsteadOfDuplicating() {
		this.repository.save(new UserSettings("demo", "Europe/Berlin", "metric", NOW));
		this.repository.save(new UserSettings("demo", "America/New_York", "imperial", NOW.plusSeconds(60)));
		assertThat(this.repository.count()).isOne();
		assertThat(this.repository.findById("demo").orElseThrow().getTimeZone()).isEqualTo("America/New_York");
	}

	@Test
	void storesHeartRateSettingsAsBackendDataReadsThem() {
		this.repository
			.save(new UserSettings("demo", "Europe/Berlin", "metric", new HeartRate(188, 48, 30, null, "female"), NOW));
		assertThat(this.repository.findById("demo").orElseThrow().getHeartRate())
			.isEqualTo(new HeartRate(188, 48, 30, null, "female"));
		assertThat(HeartRateSettings.of(this.template, "demo"))
			.isEqualTo(new HeartRateSettings(188, 48, 30, 7, "female"));
		this.repository.save(new UserSettings("alex", "Europe/Berlin", "metric", NOW));
		assertThat(this.repository.findById("alex").orElseThrow().getHeartRate()).isNull();
		assertThat(HeartRateSettings.of(this.template, "alex")).isEqualTo(HeartRateSettings.DEFAULTS);
	}

	@Test
	void keepsUsersApart() {
		this.repository.save(new UserSettings("demo", "Europe/Berlin", "metric", NOW));
		assertThat(this.repository.findById("alex")).isEmpty();
	}

}
