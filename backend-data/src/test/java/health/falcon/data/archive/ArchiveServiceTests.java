package health.falcon.data.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import health.falcon.documents.settings.UserPreferences;
import health.falcon.documents.settings.UserZones;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The archive's file name: today in the user's zone, on both daylight-saving days.
 */
class ArchiveServiceTests {

	private final UserZones zones = mock(UserZones.class);

	@Test
	void namesTheFileWithTodayInTheUsersZone() {
		given(this.zones.preferencesOf("alex")).willReturn(new UserPreferences(ZoneId.of("Europe/Berlin"), false));
		given(this.zones.preferencesOf("utc")).willReturn(new UserPreferences(ZoneId.of("UTC"), false));
		// 23:30 UTC on the 28th is 00:30 on the 29th in Berlin (CET, +01:00)
		assertThat(fileName("alex", "2026-03-28T23:30:00Z")).isEqualTo("falcon-export-2026-03-29.zip");
		assertThat(fileName("utc", "2026-03-28T23:30:00Z")).isEqualTo("falcon-export-2026-03-28.zip");
	}

	@Test
	void followsTheOffsetOnBothDaylightSavingDays() {
		given(this.zones.preferencesOf("alex")).willReturn(new UserPreferences(ZoneId.of("Europe/Berlin"), true));
		// spring forward (2026-03-29): 21:59 UTC is 23:59 CEST, 22:00 UTC already the
		// 30th
		assertThat(fileName("alex", "2026-03-29T21:59:00Z")).isEqualTo("falcon-export-2026-03-29.zip");
		assertThat(fileName("alex", "2026-03-29T22:00:00Z")).isEqualTo("falcon-export-2026-03-30.zip");
		// fall back (2026-10-25, 25 hours): 22:59 UTC is 23:59 CET, 23:00 UTC the 26th
		assertThat(fileName("alex", "2026-10-25T22:59:00Z")).isEqualTo("falcon-export-2026-10-25.zip");
		assertThat(fileName("alex", "2026-10-25T23:00:00Z")).isEqualTo("falcon-export-2026-10-26.zip");
	}

	private String fileName(String userId, String now) {
		ArchiveService service = new ArchiveService(
				new ArchiveRepository(mock(MongoTemplate.class), new ArchiveProperties(100)), this.zones,
				Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
		return service.download(userId).fileName();
	}

}
