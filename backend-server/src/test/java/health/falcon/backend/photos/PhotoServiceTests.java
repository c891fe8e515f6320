package health.falcon.backend.photos;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

class PhotoServiceTests {

	private static final PhotosProperties PROPERTIES = new PhotosProperties(DataSize.ofKilobytes(64), 40_000_000, 320,
			1);

	private final PhotoStore store = mock(PhotoStore.class);

	private final PhotoService service = new PhotoService(this.store, new PhotoSanitizer(PROPERTIES), PROPERTIES,
			Clock.fixed(Instant.parse("2026-11-01T06:30:00.123456Z"), ZoneOffset.UTC));

	@Test
	void refusesAnUploadOverMaxBytesEvenWhenTheMultipartLimitLetItThrough() {
		MockMultipartFile big = new MockMultipartFile("file", "big.jpg", "image/jpeg", new byte[65 * 1024]);
		assertThatExceptionOfType(PhotoTooLargeException.class)
			.isThrownBy(() -> this.service.upload("demo", big, null, null))
			.withMessage("The upload is larger than the limit of 65536 bytes.");
		then(this.store).shouldHaveNoInteractions();
	}

	@Test
	void checksCaptionAndDateBeforeReadingTheFile() {
		MockMultipartFile file = new MockMultipartFile("file", "a.png", "image/png", TestImages.png(8, 8));
		assertThatExceptionOfType(InvalidPhotoFieldException.class)
			.isThrownBy(() -> this.service.upload("demo", file, null, "2026-13-01"));
		then(this.store).shouldHaveNoInteractions();
	}

	@Test
	void removesTheStoredFilesWhenTheDocumentCannotBeWritten() {
		ObjectId original = new ObjectId();
		ObjectId thumbnail = new ObjectId();
		given(this.store.storeFile(eq("demo"), anyString(), eq("image/png"), any())).willReturn(original)
			.willReturn(thumbnail);
		given(this.store.storeFile(eq("demo"), anyString(), eq("image/jpeg"), any())).willReturn(thumbnail);
		willThrow(new DataAccessResourceFailureException("down")).given(this.store).insert(any());
		MockMultipartFile file = new MockMultipartFile("file", "a.png", "image/png", TestImages.png(8, 8));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.service.upload("demo", file, "caption", "2026-11-01"));
		then(this.store).should().deleteFiles("demo", List.of(thumbnail));
		then(this.store).should().deleteFiles("demo", List.of(original));
	}

	@Test
	void storesTheUploadTimeToTheMillisecond() {
		given(this.store.storeFile(eq("demo"), anyString(), anyString(), any())).willReturn(new ObjectId());
		MockMultipartFile file = new MockMultipartFile("file", "a.png", "image/png", TestImages.png(8, 8));
		Photo photo = this.service.upload("demo", file, "", "");
		assertThat(photo.uploadedAt()).isEqualTo(Instant.parse("2026-11-01T06:30:00.123Z"));
		assertThat(photo.caption()).isNull();
		assertThat(photo.date()).isNull();
		then(this.store).should().insert(photo);
		then(this.store).should(never()).deleteFiles(anyString(), any());
	}

}
