package health.falcon.backend.photos;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhotoCursorTests {

	private static final PhotoCursor CURSOR = new PhotoCursor(Instant.parse("2026-03-29T00:59:59.123Z"),
			"0b7f9f2e-4a43-4a8e-9a57-0f5b3c1d2e4f");

	@Test
	void readsBackTheCursorItHandedOut() {
		assertThat(PhotoCursor.decode(CURSOR.encode("demo"), "demo")).isEqualTo(CURSOR);
		assertThat(PhotoCursor.decode(null, "demo")).isNull();
	}

	@Test
	void refusesACursorHandedToAnotherUser() {
		String alexs = CURSOR.encode("alex");
		assertThatExceptionOfType(InvalidPhotoFieldException.class).isThrownBy(() -> PhotoCursor.decode(alexs, "demo"))
			.satisfies((ex) -> assertThat(ex.getProperties().get("errors")).isEqualTo(
					List.of(Map.of("field", "cursor", "message", "is not a cursor of this list; start without one"))));
	}

	@Test
	void refusesAChangedOrMadeUpCursor() {
		String cursor = CURSOR.encode("demo");
		String changed = cursor.substring(0, cursor.length() - 2) + (cursor.endsWith("A") ? "BB" : "AA");
		assertThatExceptionOfType(InvalidPhotoFieldException.class)
			.isThrownBy(() -> PhotoCursor.decode(changed, "demo"));
		assertThatExceptionOfType(InvalidPhotoFieldException.class)
			.isThrownBy(() -> PhotoCursor.decode("not a cursor!", "demo"));
		assertThatExceptionOfType(InvalidPhotoFieldException.class)
			.isThrownBy(() -> PhotoCursor.decode("x".repeat(1025), "demo"));
	}

}
