package health.falcon.backend.photos;

import java.awt.image.BufferedImage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExifOrientationTests {

	/**
	 * A 3×2 image whose pixel values are their stored positions ({@code 10 * x + y});
	 * each row of the source says where the stored top-left (0,0) and top-right (2,0)
	 * pixels end up once upright (EXIF 2.3, tag 274).
	 */
	@ParameterizedTest
	@CsvSource({ "1, 3, 2, 0, 0, 2, 0", "2, 3, 2, 2, 0, 0, 0", "3, 3, 2, 2, 1, 0, 1", "4, 3, 2, 0, 1, 2, 1",
			"5, 2, 3, 0, 0, 0, 2", "6, 2, 3, 1, 0, 1, 2", "7, 2, 3, 1, 2, 1, 0", "8, 2, 3, 0, 2, 0, 0" })
	void turnsAndMirrorsAsTheOrientationSays(int orientation, int width, int height, int topLeftX, int topLeftY,
			int topRightX, int topRightY) {
		BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 3; x++) {
			for (int y = 0; y < 2; y++) {
				stored.setRGB(x, y, 10 * x + y);
			}
		}
		BufferedImage upright = ExifOrientation.apply(stored, orientation);
		assertThat(upright.getWidth()).isEqualTo(width);
		assertThat(upright.getHeight()).isEqualTo(height);
		assertThat(upright.getRGB(topLeftX, topLeftY) & 0xFFFFFF).isEqualTo(0);
		assertThat(upright.getRGB(topRightX, topRightY) & 0xFFFFFF).isEqualTo(20);
	}

	@ParameterizedTest
	@CsvSource({ "1", "3", "6", "8" })
	void readsTheOrientationFromTheExifBlock(int orientation) {
		assertThat(ExifOrientation.of(TestImages.jpegWithExif(8, 8, orientation))).isEqualTo(orientation);
	}

	@ParameterizedTest
	@CsvSource({ "0", "9" })
	void takesAJpegWithoutAUsableOrientationAsUpright(int orientation) {
		assertThat(ExifOrientation.of(TestImages.jpeg(8, 8))).isEqualTo(1);
		assertThat(ExifOrientation.of(TestImages.jpegWithExif(8, 8, orientation))).isEqualTo(1);
	}

}
