package org.pmc.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, with nothing downloaded (flags from stack.md).
 * Without both binaries the tests are skipped with a message saying what to install, or fail in CI (env CI set).
 */
final class Browser implements AutoCloseable {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  /** Tasklist loads a large bundle. */
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  final ChromeDriver driver;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, TIMEOUT);
  }

  static Browser open() throws IOException {
    boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    String missing = "no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver; "
        + ".ci/run does this when it runs as root)";
    // Issue 15: in CI a missing browser fails the build instead of skipping the browser tests unseen.
    if (System.getenv("CI") != null) {
      assertTrue(installed, "Browser tests cannot run in CI: " + missing);
    }
    assumeTrue(installed, "Browser tests skipped: " + missing);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("chromium-"));
    // The page's console is kept, so that a test can tell a script refused by the CSP or failing from one that ran.
    LoggingPreferences console = new LoggingPreferences();
    console.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", console);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort().build();
    return new Browser(new ChromeDriver(service, options));
  }

  void go(String url) {
    driver.get(url);
  }

  WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void type(By field, String text) {
    WebElement element = find(field);
    element.clear();
    element.sendKeys(text);
  }

  /**
   * Scrolled to the middle first: Tasklist's fixed footer covers the bottom of a long form. Found again when the
   * page redrew it between finding and clicking (Tasklist refreshes its task list on its own).
   */
  void click(By by) {
    new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class).until(browser -> {
      WebElement element = ExpectedConditions.elementToBeClickable(by).apply(browser);
      if (element == null) {
        return false;
      }
      driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      element.click();
      return true;
    });
  }

  /** A checkbox ticked as a click would, even where Tasklist's scrolling form panel puts another field over it. */
  void tick(By checkbox) {
    driver.executeScript("arguments[0].click();", wait.until(ExpectedConditions.presenceOfElementLocated(checkbox)));
  }

  void waitFor(By by) {
    find(by);
  }

  /**
   * The console's errors since the last call: scripts that failed or that the CSP refused. Not the favicon's 404:
   * the site has none, and the browser asks for one on its own.
   */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .filter(entry -> !entry.getMessage().contains("/favicon.ico"))
        .map(LogEntry::getMessage).toList();
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Saved as target/browser-screenshots/{name}.png. */
  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
