package health.falcon.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's browser test: in Debian's headless Chromium, through the gateway, a user
 * signs in, connects the sandbox's Strava, Fitbit and Dropbox on the Connections page
 * (the sandbox's consent pages stand in for the providers'), sees activities, a day of
 * heart rate, last night's sleep and the blood-pressure chart fill in, uploads a
 * blood-pressure file and sees its reading on the blood-pressure page, downloads the
 * clinician report and signs out. Every page is checked with axe-core (no serious or
 * critical violation, empty and with data, at 1400 and 390 px), must not scroll sideways
 * on a phone, and is photographed at both widths under {@code target/screenshots/}. Uses
 * {@code robin}, a devstack account no other test uses.
 */
class DashboardBrowserSystemTests {

	private static final Logger logger = LoggerFactory.getLogger(DashboardBrowserSystemTests.class);

	private static final String USER = "robin";

	static final List<String> PAGES = List.of("/", "/heart", "/sleep", "/activity", "/nutrition", "/blood-pressure",
			"/insights", "/connections", "/photos", "/settings");

	/**
	 * A reading no seeded file holds (the sandbox's systolic values stay within 105-150).
	 */
	private static final String SYSTOLIC = "181";

	private static final String DIASTOLIC = "121";

	private LocalStack stack;

	private Browser browser;

	private final SoftAssertions softly = new SoftAssertions();

	@BeforeEach
	void startBrowserOnACleanAccount() throws Exception {
		this.stack = LocalStack.get();
		this.browser = Browser.start(this.stack);
		// a rerun over the same FALCON_HOME starts without the connections of the run
		// before
		BrowserlessSession session = new BrowserlessSession();
		assertThat(session.signIn(this.stack.gateway(), "/login", USER, USER).statusCode()).isEqualTo(200);
		for (String provider : List.of("strava", "fitbit", "dropbox")) {
			assertThat(session.delete(this.stack.gateway().resolve("/api/connections/" + provider + "?purge=true"))
				.statusCode()).isIn(204, 404, 409);
		}
	}

	@AfterEach
	void stopBrowser() throws Exception {
		if (this.browser != null) {
			this.browser.screenshot(Path.of("target", "dashboard-last.png"));
			this.browser.close();
		}
	}

	@Test
	void connectsEverySourceSeesItsDataArriveUploadsAFileDownloadsTheReportAndSignsOut() throws Exception {
		assertThat(this.browser.signIn(USER)).isEqualTo("Robin Reyes");
		everyPageIsAccessible("empty");
		acceptsTheProposedTimeZone();

		connect("fitbit", "Fitbit", null);
		connect("strava", "Strava", null);
		connect("dropbox", "Dropbox folder", "demo");

		seesActivities();
		seesTheChartFillIn("/blood-pressure", "bp-readings", null);
		seesTheChartFillIn("/heart", "heart-intraday", "Previous day");
		seesTheChartFillIn("/sleep", "hypnogram", "Previous night");
		uploadsABloodPressureFileAndSeesItsReading();
		downloadsTheClinicianReport();

		everyPageIsAccessible("with data");
		photographsEveryPage();
		signsOut();
		this.softly.assertAll();
	}

	/**
	 * On first sign-in the shell proposes the browser's zone; the user takes it.
	 */
	private void acceptsTheProposedTimeZone() {
		this.browser.open("/");
		this.browser.awaitSettled();
		List<WebElement> proposal = this.browser.driver()
			.findElements(
					By.xpath("//section[contains(@class,'banner')]//button[starts-with(normalize-space(),'Use ')]"));
		if (!proposal.isEmpty()) {
			proposal.get(0).click();
			this.browser.waiting()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.banner"),
						"Your time zone is now"));
		}
	}

	/**
	 * The provider's card links to the connect flow; the sandbox's consent page (with its
	 * account choice, for Dropbox) sends the browser back to the card, connected.
	 */
	private void connect(String provider, String name, String account) {
		this.browser.open("/connections");
		this.browser.visible(By.cssSelector("a[href$='/api/connections/" + provider + "/authorize']")).click();
		WebElement allow = this.browser.visible(By.cssSelector("form[method=post] button[type=submit]"));
		if (account != null) {
			this.browser.driver().findElement(By.cssSelector("input[name=account][value='" + account + "']")).click();
		}
		allow.click();
		By card = card(name);
		this.browser.waiting()
			.withMessage(() -> name + " shows as connected: " + this.browser.texts(card))
			.until(ExpectedConditions.or(ExpectedConditions.textToBePresentInElementLocated(card, "Connected"),
					ExpectedConditions.textToBePresentInElementLocated(card, "Syncing")));
		logger.info("{} connected", name);
	}

	private void seesActivities() {
		By rows = By.cssSelector("table[data-testid=activity-list] tbody tr");
		reloadUntil("/activity", "activities listed", () -> !this.browser.driver().findElements(rows).isEmpty());
		assertThat(this.browser.driver().findElements(rows)).isNotEmpty();
	}

	/**
	 * The chart reaches {@code data-state=ready}; when its newest day or night is empty
	 * (the sandbox's may not have begun), the one before, with the button of the chart's
	 * section whose text holds {@code earlier}.
	 */
	private void seesTheChartFillIn(String path, String chart, String earlier) {
		By figure = By.cssSelector("figure[data-chart=" + chart + "]");
		reloadUntil(path, chart + " ready", () -> {
			String state = this.browser.awaitSettled().get(chart);
			if ("empty".equals(state) && earlier != null) {
				this.browser.script(
						"""
								const section = document.querySelector('figure[data-chart="' + arguments[0] + '"]').closest('section');
								[...section.querySelectorAll('button')].find((b) => b.textContent.includes(arguments[1])).click();
								""",
						chart, earlier);
				return new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
					.until(ExpectedConditions.attributeToBe(figure, "data-state", "ready"));
			}
			return "ready".equals(state);
		});
		assertThat(this.browser.visible(figure).getDomAttribute("data-points")).isNotEqualTo("0");
	}

	/**
	 * The Dropbox card's upload (no Dropbox involved): a Withings export with one reading
	 * of yesterday morning, which then shows in the blood-pressure chart's table.
	 */
	private void uploadsABloodPressureFileAndSeesItsReading() throws Exception {
		Path withings = Files.createTempFile("bp", ".csv");
		Files.writeString(withings, """
				Date,"Heart rate",Systolic,Diastolic,Comments
				"%s 08:15:00",64,%s,%s,dashboard test %d
				""".formatted(LocalDate.now(ZoneOffset.UTC).minusDays(1), SYSTOLIC, DIASTOLIC, System.nanoTime()));
		this.browser.open("/connections");
		this.browser.visible(By.id("dropbox-upload-file")).sendKeys(withings.toString());
		this.browser.driver()
			.findElement(By.cssSelector("form[aria-label='Upload a file'] button[type=submit]"))
			.click();
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".import-status [role=status]"),
					"Import finished."));

		By reading = By.xpath("//main//td[normalize-space()='" + SYSTOLIC
				+ "'] | //main//*[contains(normalize-space(),'" + SYSTOLIC + "/" + DIASTOLIC
				+ "') or contains(normalize-space(),'" + SYSTOLIC + " / " + DIASTOLIC + "')]");
		reloadUntil("/blood-pressure", "the uploaded reading shows", () -> {
			this.browser.awaitSettled();
			this.browser.script(
					"document.querySelectorAll('figure[data-chart=bp-readings] details').forEach((d) => d.open = true)");
			// the table renders when its details open, in the next frames
			return new WebDriverWait(this.browser.driver(), Duration.ofSeconds(5))
				.until((driver) -> !driver.findElements(reading).isEmpty());
		});
	}

	/**
	 * The blood-pressure page's report link, followed with the browser's session cookies:
	 * a PDF.
	 */
	private void downloadsTheClinicianReport() throws Exception {
		this.browser.open("/blood-pressure");
		this.browser.awaitSettled();
		WebElement link = this.browser.visible(By.cssSelector("a[href*='/api/reports/blood-pressure']"));
		URI report = URI.create(link.getDomProperty("href"));
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(report)
				.header("Cookie", this.browser.cookieHeader())
				.timeout(Browser.WAIT)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).as(report.toString()).isEqualTo(200);
		assertThat(Arrays.copyOf(pdf.body(), 5)).asString().isEqualTo("%PDF-");
		logger.info("clinician report: {} bytes", pdf.body().length);
	}

	/**
	 * Every page settles (no chart in error), has no serious or critical axe-core
	 * violation at either width, and does not scroll sideways on a phone.
	 */
	private void everyPageIsAccessible(String when) {
		for (String page : PAGES) {
			this.browser.open(page);
			Map<String, String> charts = this.browser.awaitSettled();
			logger.info("{} ({}): charts {}", page, when, charts);
			this.softly.assertThat(charts).as("charts of %s (%s)", page, when).doesNotContainValue("error");
			for (int width : List.of(Screenshots.DESKTOP, Screenshots.PHONE)) {
				Screenshots.Overflow overflow = Screenshots.resize(this.browser, width);
				if (width == Screenshots.PHONE) {
					this.softly.assertThat(overflow.pixels())
						.as("%s (%s) scrolls sideways at %d px: %s", page, when, width, overflow)
						.isZero();
				}
				List<Accessibility.Violation> violations = Accessibility.seriousViolations(this.browser);
				this.softly.assertThat(violations)
					.as("serious or critical axe-core violations on %s (%s) at %d px:%s", page, when, width,
							Accessibility.describe(violations))
					.isEmpty();
			}
			Screenshots.reset(this.browser);
		}
	}

	private void photographsEveryPage() throws Exception {
		for (String page : PAGES) {
			this.browser.open(page);
			this.browser.awaitSettled();
			for (int width : List.of(Screenshots.DESKTOP, Screenshots.PHONE)) {
				logger.info("screenshot {}", Screenshots.capture(this.browser, Screenshots.name(page), width));
			}
			Screenshots.reset(this.browser);
		}
	}

	/**
	 * The shell's "Sign out" ends the session: the landing page shows (and passes
	 * axe-core), and the old session cookie no longer reads {@code /api/me}.
	 */
	private void signsOut() throws Exception {
		this.browser.open("/");
		this.browser.awaitSettled();
		String cookies = this.browser.cookieHeader();
		this.browser.driver().findElement(By.xpath("//header//button[normalize-space()='Sign out']")).click();
		this.browser.visible(By.cssSelector("a[href^='/login']"));
		List<Accessibility.Violation> violations = Accessibility.seriousViolations(this.browser);
		this.softly.assertThat(violations)
			.as("serious or critical axe-core violations on the landing page:%s", Accessibility.describe(violations))
			.isEmpty();
		HttpResponse<String> me = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(this.stack.gateway().resolve("/api/me"))
				.header("Cookie", cookies)
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).isEqualTo(401);
	}

	/**
	 * Load the page again (it does not poll) until the data the connectors are still
	 * fetching shows, for at most {@link Browser#WAIT}.
	 */
	private void reloadUntil(String path, String what, Callable<Boolean> shows) {
		Awaitility.await(what + " on " + path)
			.atMost(Browser.WAIT)
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofSeconds(3))
			.pollInSameThread()
			.ignoreExceptions()
			.until(() -> {
				this.browser.open(path);
				this.browser.awaitSettled();
				return shows.call();
			});
	}

	private static By card(String name) {
		return By.xpath("//li[contains(@class,'connection')][.//h2[starts-with(normalize-space(),'" + name + "')]]");
	}

}
