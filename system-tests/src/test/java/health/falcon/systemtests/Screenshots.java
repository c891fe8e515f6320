package health.falcon.systemtests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Full-height screenshots of a page at a given width, under
 * {@code target/screenshots/<page>-<width>.png}, for a person to look at. The viewport is
 * emulated with the Chrome DevTools Protocol
 * ({@code Emulation.setDeviceMetricsOverride}): first at the width to let the page lay
 * itself out (charts resize with their container), then as tall as the document so that
 * one capture holds the whole page.
 */
final class Screenshots {

	static final int DESKTOP = 1400;

	static final int PHONE = 390;

	static final Path DIRECTORY = Path.of("target", "screenshots");

	/** A page taller than this is cut: Chromium refuses very large captures. */
	private static final int MAX_HEIGHT = 16_000;

	private static final String AFTER_TWO_FRAMES = """
			const done = arguments[arguments.length - 1];
			requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
			""";

	private Screenshots() {
	}

	/**
	 * Lay the page out at {@code width} and tell whether it scrolls sideways there.
	 * @param browser the session showing a settled page
	 * @param width the viewport width in CSS pixels; below 600 it is emulated as a phone
	 * @return the document's width beyond the viewport, in CSS pixels ({@code 0} when the
	 * page does not scroll sideways)
	 */
	static long resize(Browser browser, int width) {
		emulate(browser, width, 900);
		return ((Number) browser
			.script("return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)"))
			.longValue();
	}

	/**
	 * Capture the whole page at {@code width}.
	 * @param browser the session showing a settled page
	 * @param page the file name's stem, such as {@code blood-pressure}
	 * @param width the viewport width in CSS pixels
	 * @return the written file
	 */
	static Path capture(Browser browser, String page, int width) throws IOException {
		emulate(browser, width, 900);
		long height = ((Number) browser.script("return document.documentElement.scrollHeight")).longValue();
		emulate(browser, width, (int) Math.min(MAX_HEIGHT, Math.max(height, 600)));
		Path file = DIRECTORY.resolve(page + "-" + width + ".png");
		browser.screenshot(file);
		return file;
	}

	/** Go back to the browser's own window size. */
	static void reset(Browser browser) {
		browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
		browser.driver().executeAsyncScript(AFTER_TWO_FRAMES);
	}

	/**
	 * The file name's stem of a route: {@code overview} for {@code /}, else the path
	 * without its slash.
	 */
	static String name(String path) {
		return "/".equals(path) ? "overview" : path.substring(1).replace('/', '-');
	}

	private static void emulate(Browser browser, int width, int height) {
		browser.cdp("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
		// the layout, the charts' resize observers and their redraw happen in the next
		// frames
		browser.driver().executeAsyncScript(AFTER_TWO_FRAMES);
	}

}
