package org.letstalk.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's own headless Chromium and ChromeDriver (Debian packages chromium and chromium-driver); nothing is
 * downloaded. Every step can be saved as a screenshot under target/e2e-screenshots/.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(env("LETSTALK_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(env("LETSTALK_CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
  static final String HOW_TO_ENABLE = "The Tasklist journey in a real browser is SKIPPED: no " + CHROMIUM + " or "
      + CHROMEDRIVER + ". To run it, install Chromium and its driver (Debian/Ubuntu: apt-get install chromium "
      + "chromium-driver), or point LETSTALK_CHROMIUM and LETSTALK_CHROMEDRIVER at them, and run ./mvnw verify again.";

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final Path profile;
  private int step;

  Browser() {
    try {
      profile = Files.createTempDirectory("letstalk-e2e-chromium");
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Without the background-networking flags Chromium keeps calling home, which a closed network refuses.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    // Tasklist loads asynchronously on a shared 2-core machine: wait for elements, never for fixed times.
    wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  WebDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  WebElement clickable(By locator) {
    return wait.until(ExpectedConditions.elementToBeClickable(locator));
  }

  void click(By locator) {
    WebElement element = clickable(locator);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    clickable(locator).click();
  }

  void type(By locator, String text) {
    WebElement field = visible(locator);
    field.clear();
    field.sendKeys(text);
  }

  <T> T waitUntil(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  /** Forgets the signed-in user, as closing the browser would. */
  void forgetSession() {
    driver.manage().deleteAllCookies();
  }

  void screenshot(String name) {
    byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
    try {
      Files.write(SCREENSHOTS.resolve(String.format("%02d-%s.png", ++step, name)), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void savePageSource(String name) {
    try {
      Files.writeString(SCREENSHOTS.resolve(String.format("%02d-%s.html", step, name)), driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile is harmless.
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
