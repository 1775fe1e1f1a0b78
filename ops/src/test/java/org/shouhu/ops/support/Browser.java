package org.shouhu.ops.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Debian's headless Chromium driven by its chromium-driver (both installed by {@code .ci/run}),
 * pointed at the application of a test. Nothing is downloaded: the binaries are named, so
 * Selenium's driver manager never reaches for the network.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(360, 780);
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String CHROMIUM = System.getProperty("shouhu.test.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("shouhu.test.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;

    public Browser(int port, String language) {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + DRIVER + "); .ci/run installs them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=" + language, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    public Browser signIn(String account, String password) {
        open("/login");
        find(By.id("username")).sendKeys(account);
        find(By.id("password")).sendKeys(password);
        find(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        return this;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition::apply);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String source() {
        return driver.getPageSource();
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** The whole page (not only the window) as a PNG, for the README's screenshots. */
    public void screenshot(Path file) throws IOException {
        Long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight)");
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(window.width, (int) Math.min(height + 120, 4000)));
        File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(file.getParent());
        Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(window);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
