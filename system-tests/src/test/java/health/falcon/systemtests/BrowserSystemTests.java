package health.falcon.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in with Debian's headless Chromium through the gateway and the devstack
 * provider's form, and sees the user's name in the application shell.
 */
class BrowserSystemTests {

	private Browser browser;

	private WebDriver driver;

	private LocalStack stack;

	@BeforeEach
	void startBrowser() throws Exception {
		this.stack = LocalStack.get();
		this.browser = Browser.start(this.stack);
		this.driver = this.browser.driver();
	}

	@AfterEach
	void stopBrowser() throws Exception {
		if (this.browser != null) {
			this.browser.screenshot(Path.of("target", "browser-last.png"));
			this.browser.close();
		}
	}

	@Test
	void connectsTheDiaryAndUploadsABloodPressureFileOnTheConnectionsPage() throws Exception {
		WebDriverWait wait = this.browser.waiting();
		this.browser.open("/connections");
		this.browser.submitProviderForm("alex");

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
		String name = this.browser.signIn("demo");

		assertThat(name).isEqualTo("Dana Demo");
		assertThat(this.driver.getCurrentUrl()).startsWith(this.stack.gateway().toString());
	}

}
