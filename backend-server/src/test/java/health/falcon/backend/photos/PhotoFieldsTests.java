package health.falcon.backend.photos;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhotoFieldsTests {

	@Test
	void acceptsACaptionOf500Characters() {
		assertThat(PhotoFields.caption("é".repeat(500))).hasSize(500);
		assertThat(PhotoFields.caption("")).isNull();
		assertThat(PhotoFields.caption(null)).isNull();
	}

	@Test
	void refusesALongerCaption() {
		assertThatExceptionOfType(InvalidPhotoFieldException.class)
			.isThrownBy(() -> PhotoFields.caption("x".repeat(501)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30", "29.03.2026", "2026-3-29", "+12026-03-29", "2026-03-29T10:00" })
	void refusesWhatIsNotAnExistingLocalDate(String date) {
		assertThatExceptionOfType(InvalidPhotoFieldException.class).isThrownBy(() -> PhotoFields.date(date));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "101", "ten", "-1" })
	void refusesALimitOutside1To100(String limit) {
		assertThatExceptionOfType(InvalidPhotoFieldException.class).isThrownBy(() -> PhotoFields.limit(limit));
	}

	@Test
	void defaultsTheLimitTo50() {
		assertThat(PhotoFields.limit(null)).isEqualTo(50);
		assertThat(PhotoFields.limit("100")).isEqualTo(100);
	}

	/**
	 * The date is a calendar date: stored as the string it was given, whatever the JVM's
	 * zone, also on the night clocks go forward (Berlin, 29 March 2026, 02:00 → 03:00)
	 * and back (New York, 1 November 2026); the upload time stays the same instant.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Europe/Berlin", "America/New_York", "Pacific/Kiritimati", "UTC" })
	void keepsTheDateAndTheUploadInstantInEveryZone(String zone) {
		TimeZone previous = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
		try {
			for (String text : new String[] { "2026-03-29T00:59:59.999Z", "2026-03-29T01:00:00Z",
					"2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z" }) {
				Instant uploadedAt = Instant.parse(text);
				LocalDate date = PhotoFields.date(text.substring(0, 10));
				Photo photo = new Photo("id", "demo", null, date, uploadedAt, "image/png", 1, 1, 1, new ObjectId(),
						new ObjectId());
				Photo read = Photo.of(photo.toDocument());
				assertThat(read.date()).hasToString(text.substring(0, 10));
				assertThat(read.uploadedAt()).isEqualTo(uploadedAt);
			}
		}
		finally {
			TimeZone.setDefault(previous);
		}
	}

}
