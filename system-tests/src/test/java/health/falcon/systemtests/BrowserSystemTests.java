package health.falcon.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in with Debian's headless Chromium through the gateway and the devstack
 * provider's form, and sees the user's name in the application shell.
 */
class BrowserSystemTests {

	private WebDriver driver;

	private LocalStack stack;

	@BeforeEach
	void startBrowser() throws Exception {
		Path chromium = SystemTestSupport.requireBinary("/usr/bin/chromium", "/usr/bin/chromium-browser");
		Path chromedriver = SystemTestSupport.requireBinary("/usr/bin/chromedriver");
		this.stack = LocalStack.get();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
				"--disable-dev-shm-usage", "--window-size=1280,900",
				"--user-data-dir=" + Files.createTempDirectory("falcon-chromium"));
		// An explicit driver path: Selenium Manager never downloads anything.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	@AfterEach
	void stopBrowser() throws Exception {
		if (this.driver != null) {
			Path shot = Path.of("target", "browser-last.png");
			Files.write(shot, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			this.driver.quit();
		}
	}

	@Test
	void signsInAndSeesTheUsersName() {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(30));
		this.driver.get(this.stack.gateway().toString());
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href^='/login']"))).click();

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("demo");
		this.driver.findElement(By.name("password")).sendKeys("demo");
		this.driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();

		String name = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=user-name]")))
			.getText();
		assertThat(name).isEqualTo("Dana Demo");
		assertThat(this.driver.getCurrentUrl()).startsWith(this.stack.gateway().toString());
	}

}
