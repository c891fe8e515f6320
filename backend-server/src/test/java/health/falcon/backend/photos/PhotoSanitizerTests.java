package health.falcon.backend.photos;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhotoSanitizerTests {

	private final PhotoSanitizer sanitizer = new PhotoSanitizer(
			new PhotosProperties(DataSize.ofMegabytes(20), 40_000_000, 320, 2));

	@Test
	void removesTheExifBlockWithItsGpsCoordinatesFromAJpeg() {
		byte[] upload = TestImages.jpegWithExif(64, 48, 1);
		assertThat(TestImages.jpegMarkers(upload)).contains(0xE1);
		assertThat(TestImages.contains(upload, TestImages.GPS_MARKER)).isTrue();
		CleanImage clean = this.sanitizer.sanitize(upload(upload));
		assertThat(clean.format()).isEqualTo(ImageFormat.JPEG);
		assertThat(TestImages.jpegMarkers(clean.bytes())).doesNotContain(0xE1, 0xE2, 0xED, 0xFE);
		assertThat(TestImages.contains(clean.bytes(), "Exif")).isFalse();
		assertThat(TestImages.contains(clean.bytes(), TestImages.GPS_MARKER)).isFalse();
		assertThat(clean.width()).isEqualTo(64);
		assertThat(clean.height()).isEqualTo(48);
	}

	@Test
	void turnsAJpegUprightByItsExifOrientationBeforeStrippingIt() throws IOException {
		CleanImage clean = this.sanitizer.sanitize(upload(TestImages.jpegWithExif(64, 48, 6)));
		assertThat(clean.width()).isEqualTo(48);
		assertThat(clean.height()).isEqualTo(64);
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
		// The red quarter was top left; turned 90° clockwise it is top right.
		assertThat(isRed(stored.getRGB(40, 8))).isTrue();
		assertThat(isRed(stored.getRGB(8, 8))).isFalse();
	}

	@Test
	void reEncodesAPngWithoutItsTextChunks() {
		byte[] upload = TestImages.pngWithText(40, 30);
		assertThat(TestImages.pngChunkTypes(upload)).contains("tEXt");
		CleanImage clean = this.sanitizer.sanitize(upload(upload));
		assertThat(clean.format()).isEqualTo(ImageFormat.PNG);
		assertThat(TestImages.pngChunkTypes(clean.bytes())).doesNotContain("tEXt", "iTXt", "zTXt", "eXIf", "iCCP");
		assertThat(TestImages.contains(clean.bytes(), TestImages.GPS_MARKER)).isFalse();
	}

	@Test
	void keepsAWebpImageAndDropsItsMetadataChunks() {
		byte[] upload = TestImages.webpWithMetadata();
		assertThat(TestImages.webpChunkTypes(upload)).contains("EXIF", "XMP ");
		CleanImage clean = this.sanitizer.sanitize(upload(upload));
		assertThat(clean.format()).isEqualTo(ImageFormat.WEBP);
		assertThat(TestImages.webpChunkTypes(clean.bytes())).containsExactly("VP8X", "ALPH", "VP8 ");
		assertThat(clean.bytes()[20] & (0x20 | 0x08 | 0x04)).isZero();
		assertThat(TestImages.contains(clean.bytes(), TestImages.GPS_MARKER)).isFalse();
		assertThat(clean.width()).isEqualTo(16);
		assertThat(clean.height()).isEqualTo(16);
		assertThat(clean.thumbnailFormat()).isEqualTo(ImageFormat.PNG);
	}

	@Test
	void makesAThumbnailOfAtMost320PixelsOnTheLongestSide() throws IOException {
		CleanImage clean = this.sanitizer.sanitize(upload(TestImages.jpeg(800, 400)));
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(clean.thumbnail()));
		assertThat(clean.thumbnailFormat()).isEqualTo(ImageFormat.JPEG);
		assertThat(thumbnail.getWidth()).isEqualTo(320);
		assertThat(thumbnail.getHeight()).isEqualTo(160);
	}

	@Test
	void neverEnlargesASmallImageForItsThumbnail() throws IOException {
		CleanImage clean = this.sanitizer.sanitize(upload(TestImages.png(20, 10)));
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(clean.thumbnail()));
		assertThat(thumbnail.getWidth()).isEqualTo(20);
		assertThat(thumbnail.getHeight()).isEqualTo(10);
	}

	@Test
	void refusesHtmlWhateverItIsCalled() {
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(UnsupportedMediaException.class)
			.isThrownBy(() -> this.sanitizer.sanitize(upload(html)));
	}

	@Test
	void refusesAnSvg() {
		byte[] svg = """
				<?xml version="1.0"?>
				<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>
				""".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(UnsupportedMediaException.class)
			.isThrownBy(() -> this.sanitizer.sanitize(upload(svg)));
	}

	@Test
	void refusesAFileThatOnlyBeginsLikeAJpeg() {
		byte[] fake = "\u00FF\u00D8\u00FF<html>not a picture</html>".getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(UnsupportedMediaException.class)
			.isThrownBy(() -> this.sanitizer.sanitize(upload(fake)));
	}

	@Test
	void refusesATruncatedPng() {
		byte[] png = TestImages.png(64, 64);
		byte[] truncated = Arrays.copyOf(png, 40);
		assertThatExceptionOfType(UnsupportedMediaException.class)
			.isThrownBy(() -> this.sanitizer.sanitize(upload(truncated)));
	}

	@Test
	void refusesAPngBombFromItsHeader() {
		byte[] bomb = TestImages.pngBomb();
		assertThat(bomb.length).isLessThan(100);
		assertThatExceptionOfType(ImageTooLargeException.class).isThrownBy(() -> this.sanitizer.sanitize(upload(bomb)))
			.withMessageContaining("40000000");
	}

	@Test
	void refusesAJpegBombFromItsHeader() {
		assertThatExceptionOfType(ImageTooLargeException.class)
			.isThrownBy(() -> this.sanitizer.sanitize(upload(TestImages.jpegBomb())));
	}

	@Test
	void refusesAWebpBombFromItsHeader() {
		assertThatExceptionOfType(ImageTooLargeException.class)
			.isThrownBy(() -> this.sanitizer.sanitize(upload(TestImages.webpBomb())));
	}

	@Test
	void refusesAnImageOverTheConfiguredPixelCount() {
		PhotoSanitizer strict = new PhotoSanitizer(new PhotosProperties(DataSize.ofMegabytes(20), 999, 320, 1));
		assertThatExceptionOfType(ImageTooLargeException.class)
			.isThrownBy(() -> strict.sanitize(upload(TestImages.png(40, 25))));
		assertThat(strict.sanitize(upload(TestImages.png(37, 27))).width()).isEqualTo(37);
	}

	private static ByteArrayResource upload(byte[] bytes) {
		return new ByteArrayResource(bytes);
	}

	private static boolean isRed(int rgb) {
		int red = (rgb >> 16) & 0xFF;
		int blue = rgb & 0xFF;
		return red > 200 && blue < 60;
	}

}
