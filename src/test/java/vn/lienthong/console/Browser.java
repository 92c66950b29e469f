package vn.lienthong.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its ChromeDriver (never a downloaded browser: Selenium Manager is not
 * asked, since the driver's path is given). Without them the test fails with how to install them, unless
 * console.browser.optional=true (then it is skipped). Screenshots go to console.screenshots (target/screenshots).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration GENEROUS = Duration.ofMinutes(3);

    final WebDriver driver;
    private final String base;
    private final Path profile;
    private final Path screenshots;

    private Browser(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("lienthong-chromium-");
        this.screenshots = Path.of(System.getProperty("console.screenshots", "target/screenshots"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1440,1900", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    static Browser open(int port) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "the console's browser tests need Debian's chromium and chromium-driver"
                    + " (apt-get install chromium chromium-driver; .ci/run installs them)";
            Assumptions.assumeFalse(Boolean.getBoolean("console.browser.optional"), message + "; skipped");
            Assertions.fail(message);
        }
        return new Browser("http://localhost:" + port);
    }

    void go(String path) {
        driver.get(base + path);
    }

    void logIn(String user, String password) {
        go("/login");
        type(By.id("username"), user);
        type(By.id("password"), password);
        click(By.id("login-submit"));
        until(d -> d.getCurrentUrl().contains("/console"));
    }

    WebElement find(By by) {
        return until(d -> d.findElement(by));
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    void click(By by) {
        find(by).click();
    }

    /** Waits (generously) for the condition; what the page shows changes by itself where it is live. */
    <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, GENEROUS, Duration.ofMillis(250))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** The text of an element, read afresh (live parts are replaced as they update). */
    String text(By by) {
        return until(d -> d.findElement(by).getText());
    }

    boolean hasClass(By by, String css) {
        return find(by).getAttribute("class").contains(css);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
