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
	void connectsTheDiaryAndUploadsABloodPressureFileOnTheConnectionsPage() throws Exception {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(60));
		this.driver.get(this.stack.gateway().resolve("/connections").toString());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("alex");
		this.driver.findElement(By.name("password")).sendKeys("alex");
		this.driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();

		// MyFitnessPal (experimental): paste the session that the sandbox's
		// MyFitnessPal shows after sign-in
		By diaryCard = By.xpath("//li[contains(@class,'connection')][.//h2[normalize-space()='MyFitnessPal']]");
		wait.until(ExpectedConditions.visibilityOfElementLocated(diaryCard));
		if (this.driver.findElements(By.id("mfp-session-cookie")).isEmpty()) {
			// connected before (another test): the form is behind a button
			this.driver.findElement(By.xpath("//button[starts-with(normalize-space(),'Paste a new session cookie')]"))
				.click();
		}
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mfp-session-cookie")))
			.sendKeys(SystemTestSupport.myFitnessPalSession(this.stack, "alex"));
		this.driver.findElement(By.cssSelector("form[aria-label='Connect the MyFitnessPal diary'] button[type=submit]"))
			.click();
		wait.until(ExpectedConditions.or(ExpectedConditions.textToBePresentInElementLocated(diaryCard, "Connected"),
				ExpectedConditions.textToBePresentInElementLocated(diaryCard, "Syncing")));
		assertThat(this.driver.findElement(diaryCard).getText()).contains("Experimental");

		// Dropbox card: upload a Withings export without connecting Dropbox, and
		// read the report
		Path withings = Files.createTempFile("bp", ".csv");
		Files.writeString(withings, """
				Date,"Heart rate",Systolic,Diastolic,Comments
				"2026-03-10 07:46:02",62,123,78,%d
				"2026-03-09 13:10:11",88,,,
				""".formatted(System.nanoTime()));
		this.driver.findElement(By.id("dropbox-upload-file")).sendKeys(withings.toString());
		this.driver.findElement(By.cssSelector("form[aria-label='Upload a file'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".import-status [role=status]"),
				"Import finished."));
		By dropboxCard = By.xpath("//li[contains(@class,'connection')][.//h2[normalize-space()='Dropbox folder']]");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(dropboxCard, "heart rate only"));
		assertThat(this.driver.findElement(dropboxCard).getText()).containsIgnoringCase("line 3").contains("bp");
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
