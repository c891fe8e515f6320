package health.falcon.systemtests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

	private static final String OVERFLOW = """
			const width = document.documentElement.clientWidth;
			const pixels = Math.max(0, document.documentElement.scrollWidth - width);
			const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
			  + [...el.classList].map((c) => '.' + c).join('')
			  + (el.dataset.chart ? '[data-chart=' + el.dataset.chart + ']' : '')
			  + (el.dataset.testid ? '[data-testid=' + el.dataset.testid + ']' : '');
			const clipped = (el) => {
			  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
			    if (getComputedStyle(a).overflowX !== 'visible') return true;
			  }
			  return false;
			};
			const elements = [];
			if (pixels > 0) {
			  for (const el of document.body.querySelectorAll('*')) {
			    const box = el.getBoundingClientRect();
			    const parent = el.parentElement.getBoundingClientRect();
			    if (box.width > 0 && box.right > width + 1 && parent.right <= width + 1 && !clipped(el)) {
			      const section = el.closest('section[aria-labelledby]');
			      const heading = section ? document.getElementById(section.getAttribute('aria-labelledby')) : null;
			      elements.push(describe(el) + ' (' + Math.round(box.width) + ' px wide'
			        + (heading ? ', in "' + heading.textContent.trim() + '"' : '') + ')');
			      if (elements.length === 5) break;
			    }
			  }
			}
			if (pixels > 0 && elements.length === 0) {
			  // nothing outermost sticks out: name the elements that reach furthest right
			  const reach = [...document.body.querySelectorAll('*')]
			    .map((el) => ({ el, right: el.getBoundingClientRect().right }))
			    .filter((e) => e.right > width + 1)
			    .sort((a, b) => b.right - a.right)
			    .slice(0, 5);
			  for (const { el, right } of reach) {
			    elements.push(describe(el) + ' (right edge at ' + Math.round(right) + ' px'
			      + (clipped(el) ? ', inside a scrolling or clipping box' : '') + ', position '
			      + getComputedStyle(el).position + ')');
			  }
			}
			return { pixels, elements };
			""";

	private Screenshots() {
	}

	/**
	 * Lay the page out at {@code width} and tell whether it scrolls sideways there.
	 * @param browser the session showing a settled page
	 * @param width the viewport width in CSS pixels; below 600 it is emulated as a phone
	 * @return by how much the document is wider than the viewport, and the outermost
	 * elements that stick out (not those inside a scrolling or clipping box)
	 */
	@SuppressWarnings("unchecked")
	static Overflow resize(Browser browser, int width) {
		emulate(browser, width, 900);
		Map<String, Object> overflow = (Map<String, Object>) browser.script(OVERFLOW);
		return new Overflow(((Number) overflow.get("pixels")).longValue(), (List<String>) overflow.get("elements"));
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

	/**
	 * How far a page scrolls sideways.
	 *
	 * @param pixels the document's width beyond the viewport, in CSS pixels
	 * @param elements the outermost elements that stick out, described by tag, id,
	 * classes and the heading of their section
	 */
	record Overflow(long pixels, List<String> elements) {

		@Override
		public String toString() {
			return this.pixels + " px, sticking out: " + this.elements;
		}

	}

	private static void emulate(Browser browser, int width, int height) {
		browser.cdp("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
		// the layout, the charts' resize observers and their redraw happen in the next
		// frames
		browser.driver().executeAsyncScript(AFTER_TWO_FRAMES);
	}

}
