package cn.gov.sh.tradesecret.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One officer's browser: a real headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}) with a profile of its own, on the console. Every page it reaches is checked
 * with axe-core (no serious or critical violation); a failing step leaves a screenshot under {@code
 * target/screenshots}.
 */
final class ConsoleBrowser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final String console;
  private final String name;
  private final Path profile;

  ConsoleBrowser(Gateway gateway, String name) {
    this(gateway.platform.console(), name);
  }

  /**
   * A browser on the console at {@code console} (its own port, or the gateway's {@code /console}).
   */
  ConsoleBrowser(String console, String name) {
    this.console = console;
    this.name = name;
    try {
      this.profile = Files.createTempDirectory(Path.of("target"), "chromium-" + name + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    // Without the background-networking flags the closed network refuses the browser's own calls.
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--lang=zh-CN",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /** Opens a console page (path under {@code /console}). */
  void open(String path) {
    driver.get(console + path);
  }

  /** Logs the account in at identity-service (password {@code demo}) and lands on the console. */
  void logIn(String account) {
    open("/");
    logInAtIdentity(account);
    waitFor(By.id("officer-name"));
  }

  /** Fills identity-service's login form, where the console sent the browser. */
  void logInAtIdentity(String account) {
    waitFor(By.id("username")).sendKeys(account);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
  }

  WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Waits until the element at {@code locator} reads {@code text}, finding it again at each look:
   * after a form posts, the old page may still show the element (with its old text) until the new
   * one loads.
   */
  void awaitText(By locator, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(locator, text));
  }

  /** As {@link #awaitText}, for an element whose text contains {@code text}. */
  void awaitTextContaining(By locator, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /**
   * Reloads the page until the element at {@code locator} reads {@code text}: the effect of another
   * service's event, which the page shows once it has arrived.
   */
  void reloadUntilText(By locator, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .pollingEvery(Duration.ofSeconds(1))
        .until(
            browser -> {
              browser.navigate().refresh();
              return browser.findElements(locator).stream()
                  .anyMatch(element -> text.equals(element.getText()));
            });
  }

  /**
   * Reloads the page until an element at {@code locator} is there: what another service's event
   * adds to the page once it has arrived.
   */
  void reloadUntilPresent(By locator) {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .pollingEvery(Duration.ofSeconds(1))
        .until(
            browser -> {
              browser.navigate().refresh();
              return !browser.findElements(locator).isEmpty();
            });
  }

  /**
   * A console address fetched in the page, with the session's cookie, as the browser would download
   * it.
   */
  byte[] download(String path) {
    Object base64 =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                    + "  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                    + "  done(btoa(s)); });",
                console + path);
    return Base64.getDecoder().decode(String.valueOf(base64));
  }

  /**
   * Sends a form to a console address (path under {@code /console}) from the page shown, with the
   * session's CSRF token, as a forged click on a button the page does not offer would: what the API
   * answers to it is the test.
   */
  void postForm(String path, java.util.Map<String, String> fields) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "const form = document.createElement('form');"
                + "form.method = 'post'; form.action = arguments[0];"
                + "const fields = Object.assign({_csrf: document.querySelector("
                + "'meta[name=csrf-token]').content}, arguments[1]);"
                + "for (const [name, value] of Object.entries(fields)) {"
                + "  const input = document.createElement('input');"
                + "  input.type = 'hidden'; input.name = name; input.value = value;"
                + "  form.appendChild(input); }"
                + "document.body.appendChild(form); form.submit();",
            console + path,
            fields);
  }

  WebElement find(By locator) {
    return driver.findElement(locator);
  }

  void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Sets a field's value as the page's own script would (date inputs differ by locale). */
  void setValue(String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
  }

  String text(By locator) {
    return waitFor(locator).getText();
  }

  /** The address the browser shows now. */
  String url() {
    return driver.getCurrentUrl();
  }

  String path() {
    return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
  }

  /** No serious or critical accessibility violation on the page shown. */
  void assertAccessible() {
    Results results = new AxeBuilder().analyze(driver);
    List<String> severe =
        results.getViolations().stream()
            .filter(
                rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .map(ConsoleBrowser::describe)
            .toList();
    assertThat(severe).as("axe-core on " + driver.getCurrentUrl()).isEmpty();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
  }

  /** Runs a step; when it fails, a screenshot of the page is kept under target/screenshots. */
  void step(String step, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | AssertionError e) {
      screenshot(step);
      throw e;
    }
  }

  /**
   * A screenshot of the page as it is now, under {@code target/console-pages}: the pictures of the
   * README's console section come from there.
   */
  void keepPage(String page) {
    try {
      Path pages = Files.createDirectories(Path.of("target", "console-pages"));
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          pages.resolve(page + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void screenshot(String step) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(
          shot,
          SCREENSHOTS.resolve(name + "-" + step.replaceAll("[^A-Za-z0-9-]", "_") + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      System.err.println("no screenshot of " + step + ": " + e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
