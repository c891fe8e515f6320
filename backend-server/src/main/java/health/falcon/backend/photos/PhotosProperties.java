package health.falcon.backend.photos;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of photo uploads ({@code falcon.photos.*}).
 *
 * @param maxBytes the largest upload accepted; it also sets the servlet multipart limits,
 * so a larger upload is refused with 413 while it arrives
 * @param maxPixels the most pixels (width times height) an image may declare; checked
 * from the image header before any pixel is decoded, so a small file that declares huge
 * dimensions costs nothing
 * @param thumbnailSize the longest side of a thumbnail, in pixels
 * @param concurrentDecodes how many images are decoded at the same time; each holds its
 * decoded pixels (up to four bytes per pixel) in memory, further uploads wait
 */
@ConfigurationProperties("falcon.photos")
@Validated
record PhotosProperties(@DefaultValue("20MB") DataSize maxBytes, @DefaultValue("40000000") @Positive long maxPixels,
		@DefaultValue("320") @Min(16) @Max(2048) int thumbnailSize,
		@DefaultValue("2") @Positive int concurrentDecodes) {

}
