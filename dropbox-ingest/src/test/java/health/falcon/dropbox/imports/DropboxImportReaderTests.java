package health.falcon.dropbox.imports;

import java.time.Instant;
import java.util.Optional;

import health.falcon.dropbox.formats.MappingProfile;
import health.falcon.dropbox.profiles.MappingProfiles;
import health.falcon.dropbox.profiles.ProfileNotFoundException;
import health.falcon.dropbox.profiles.StoredProfile;
import health.falcon.ingest.imports.ImportOrigin;
import health.falcon.ingest.imports.ImportRequest;
import health.falcon.ingest.imports.UploadLimits;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The {@code dropbox} reader's own part of the SPI: its provider, its limits from
 * {@code falcon.dropbox.imports.*}, and the profile check before an upload is kept.
 */
class DropboxImportReaderTests {

	private final MappingProfiles profiles = mock(MappingProfiles.class);

	private final DropboxImportReader reader = new DropboxImportReader(mock(FileImporter.class), this.profiles,
			new ImportProperties(DataSize.ofMegabytes(50), 500, 500, 1, 8, 2));

	@Test
	void readsForTheDropboxProviderWithinItsProperties() {
		assertThat(this.reader.provider()).isEqualTo("dropbox");
		assertThat(this.reader.limits()).isEqualTo(new UploadLimits(DataSize.ofMegabytes(50), 1, 8, 2,
				"falcon.dropbox.imports.max-concurrent-per-user", 500));
	}

	@Test
	void acceptsAnUploadWithoutAProfileOrWithOneOfTheUsersProfiles() {
		given(this.profiles.find("u1", "p1")).willReturn(Optional
			.of(new StoredProfile("p1", "Clinic", new MappingProfile.MappedColumns("Day", null, "High", "Low", null),
					"dd.MM.yyyy", null, Instant.now())));
		assertThatNoException().isThrownBy(() -> this.reader.validate(request("u1", null)));
		assertThatNoException().isThrownBy(() -> this.reader.validate(request("u1", "p1")));
	}

	@Test
	void refusesAProfileThatIsNotTheUsers() {
		given(this.profiles.find("u2", "p1")).willReturn(Optional.empty());
		assertThatExceptionOfType(ProfileNotFoundException.class)
			.isThrownBy(() -> this.reader.validate(request("u2", "p1")));
	}

	private static ImportRequest request(String user, String profile) {
		return new ImportRequest("dropbox", user, ImportOrigin.UPLOAD, null, profile);
	}

}
