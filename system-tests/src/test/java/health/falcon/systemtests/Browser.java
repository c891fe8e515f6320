package health.falcon.systemtests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session for the browser system tests and the dashboard benchmark:
 * Debian's {@code chromium} driven through {@code /usr/bin/chromedriver} (an explicit
 * driver path, so Selenium Manager never downloads anything), signing in at the devstack
 * provider's form, bounded waits, scripts and Chrome DevTools Protocol commands. Without
 * the binaries the calling test is skipped, or fails when system tests are required (see
 * {@link SystemTestSupport#requireBinary}).
 */
final class Browser implements AutoCloseable {

	/** The longest any single wait of a browser test lasts. */
	static final Duration WAIT = Duration.ofSeconds(60);

	/** What shows while a page or one of its parts is still loading. */
	private static final String LOADING = "figure[data-chart][data-state=loading], main .loading, main [aria-busy=true]";

	private final ChromeDriver driver;

	private final URI gateway;

	private Browser(ChromeDriver driver, URI gateway) {
		this.driver = driver;
		this.gateway = gateway;
	}

	/**
	 * Start Chromium with a fresh profile and a 1400 × 900 window.
	 * @param stack the running suite, whose gateway the relative paths resolve against
	 * @return the session; close it to end Chromium
	 */
	static Browser start(LocalStack stack) throws IOException {
		Path chromium = SystemTestSupport.requireBinary("/usr/bin/chromium", "/usr/bin/chromium-browser");
		Path chromedriver = SystemTestSupport.requireBinary("/usr/bin/chromedriver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
				"--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1400,900",
				"--user-data-dir=" + Files.createTempDirectory("falcon-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(WAIT);
		return new Browser(driver, stack.gateway());
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * A wait of at most {@link #WAIT}.
	 */
	WebDriverWait waiting() {
		return new WebDriverWait(this.driver, WAIT);
	}

	/**
	 * Navigate to a path of the gateway (a full page load).
	 * @param path such as {@code /heart}
	 */
	void open(String path) {
		this.driver.get(this.gateway.resolve(path).toString());
	}

	/**
	 * Sign in from the landing page: its "Sign in" link, the devstack provider's form,
	 * and back in the application shell with the user's name shown.
	 * @param user a devstack account whose password is the same
	 * @return the name the shell shows
	 */
	String signIn(String user) {
		open("/");
		waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href^='/login']"))).click();
		submitProviderForm(user);
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=user-name]")))
			.getText();
	}

	/**
	 * Fill in and submit the devstack provider's sign-in form once it shows.
	 * @param user a devstack account whose password is the same
	 */
	void submitProviderForm(String user) {
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(user);
		this.driver.findElement(By.name("password")).sendKeys(user);
		this.driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
	}

	/**
	 * Wait for an element to be visible.
	 */
	WebElement visible(By locator) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/**
	 * Wait until the page shown has its heading and nothing is loading any more: no chart
	 * in {@code data-state="loading"} and no loading message.
	 * @return each chart's id and its state ({@code ready}, {@code empty} or
	 * {@code error}), in page order
	 */
	@SuppressWarnings("unchecked")
	Map<String, String> awaitSettled() {
		visible(By.cssSelector("main h1"));
		waiting()
			.withMessage(() -> "the page " + this.driver.getCurrentUrl() + " settles; still loading: "
					+ texts(By.cssSelector(LOADING)))
			.ignoring(StaleElementReferenceException.class)
			.until((driver) -> this.driver.findElements(By.cssSelector(LOADING))
				.stream()
				.noneMatch(WebElement::isDisplayed));
		Object states = script(
				"""
						const states = {};
						document.querySelectorAll('figure[data-chart]').forEach((f) => { states[f.dataset.chart] = f.dataset.state; });
						return states;
						""");
		return new LinkedHashMap<>((Map<String, String>) states);
	}

	/**
	 * Run a script in the page.
	 * @param script the body of a function; {@code arguments} holds {@code args}
	 * @return what the script returned, as Selenium maps it
	 */
	Object script(String script, Object... args) {
		return this.driver.executeScript(script, args);
	}

	/**
	 * Run a Chrome DevTools Protocol command.
	 * @return the command's result
	 */
	Map<String, Object> cdp(String command, Map<String, Object> parameters) {
		return this.driver.executeCdpCommand(command, parameters);
	}

	/**
	 * The browser's cookies for the gateway as one {@code Cookie} request header, for a
	 * download made with another HTTP client in the user's session.
	 */
	String cookieHeader() {
		return this.driver.manage()
			.getCookies()
			.stream()
			.map((Cookie cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
	}

	/**
	 * Write a PNG of the viewport as it is now.
	 * @param file where to write it; its directory is created
	 */
	void screenshot(Path file) throws IOException {
		Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of("format", "png"));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
	}

	/**
	 * The texts of the elements matching a selector, for failure messages.
	 */
	List<String> texts(By locator) {
		return this.driver.findElements(locator).stream().map(WebElement::getText).toList();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
