package health.falcon.backend.account;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import health.falcon.testsupport.Zips;

/**
 * Small {@code falcon-export} archives written for the tests, as backend-data's export
 * writes them (docs/export-format.md): a manifest, the collections one document per line,
 * and photo originals under {@code photos/}.
 */
final class ExportArchives {

	static final String MANIFEST = """
			{"format": "falcon-export", "version": 1, "exportedAt": "2026-12-06T19:30:00Z", "zone": "Europe/Berlin",
			 "units": "imperial", "collections": {}, "photoFiles": {"count": 2, "missing": 0}}
			""";

	static final String SETTINGS = """
			[
			{"timeZone": "Europe/Berlin", "units": "imperial", "heartRate": {"max": 190, "resting": 48}}
			]
			""";

	static final String PHOTOS = """
			[
			{"_id": "0b7f8c2e-1111-4a5b-9c1d-000000000001", "caption": "Summit", "date": "2026-03-29", \
			"uploadedAt": {"$date": "2026-03-29T05:30:00Z"}, "contentType": "image/png", "size": 100, "width": 8, \
			"height": 8, "originalFileId": {"$oid": "65f0c0ffee0000000000aaaa"}, \
			"thumbnailFileId": {"$oid": "65f0c0ffee0000000000bbbb"}},
			{"_id": "0b7f8c2e-1111-4a5b-9c1d-000000000002", "caption": "Not an image", "date": null, \
			"uploadedAt": {"$date": "2026-03-30T05:30:00Z"}, "contentType": "image/png", "size": 20, "width": 8, \
			"height": 8, "originalFileId": {"$oid": "65f0c0ffee0000000000cccc"}, \
			"thumbnailFileId": {"$oid": "65f0c0ffee0000000000dddd"}}
			]
			""";

	static final String GOOD_PHOTO = "photos/0b7f8c2e-1111-4a5b-9c1d-000000000001.png";

	static final String BAD_PHOTO = "photos/0b7f8c2e-1111-4a5b-9c1d-000000000002.png";

	private ExportArchives() {
	}

	/**
	 * An archive with settings, one good photo and one that is HTML named as a PNG.
	 */
	static byte[] full() {
		return Zips.zip()
			.with("collections/user_settings.json", utf8(SETTINGS))
			.with("collections/photos.json", utf8(PHOTOS))
			.with(GOOD_PHOTO, png())
			.with(BAD_PHOTO, utf8("<html><script>alert(1)</script></html>"))
			.with("collections/activities.json", utf8("[\n]\n"))
			.with("manifest.json", utf8(MANIFEST))
			.bytes();
	}

	static byte[] png() {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.GREEN);
		graphics.fillRect(0, 0, 8, 8);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
