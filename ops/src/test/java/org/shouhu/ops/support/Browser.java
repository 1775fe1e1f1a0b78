package org.shouhu.ops.support;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.Event;
import org.openqa.selenium.devtools.HasDevTools;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
    private DevTools devTools;

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

    /** Chromium's network of this page switched off or on, through the DevTools protocol (as DevTools' "Offline"). */
    public void network(boolean on) {
        DevTools tools = devTools();
        tools.send(new Command<>("Network.enable", Map.of()));
        tools.send(new Command<>("Network.emulateNetworkConditions", Map.of("offline", !on, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1)));
    }

    /**
     * The answer to the next request whose URL matches the pattern ({@code *} as a wildcard) is
     * lost on its way back, after the server received and answered it: the connection is reset
     * (DevTools' Fetch domain, paused at the response). Later requests pass.
     *
     * @return how many answers were lost so far (at most one)
     */
    public AtomicInteger loseNextAnswer(String urlPattern) {
        DevTools tools = devTools();
        AtomicInteger lost = new AtomicInteger();
        tools.addListener(new Event<Map<String, Object>>("Fetch.requestPaused", input -> input.read(Json.MAP_TYPE)),
                paused -> {
                    Object id = paused.get("requestId");
                    if (lost.compareAndSet(0, 1)) {
                        tools.send(new Command<>("Fetch.failRequest", Map.of("requestId", id, "errorReason", "ConnectionReset")));
                    } else {
                        tools.send(new Command<>("Fetch.continueRequest", Map.of("requestId", id)));
                    }
                });
        tools.send(new Command<>("Fetch.enable", Map.of("patterns",
                List.of(Map.of("urlPattern", urlPattern, "requestStage", "Response")))));
        return lost;
    }

    private DevTools devTools() {
        if (devTools == null) {
            devTools = ((HasDevTools) driver).getDevTools();
            devTools.createSessionIfThereIsNotOne(driver.getWindowHandle());
        }
        return devTools;
    }

    /** Forgets the session cookie, as when the server's session ended while the page stayed open. */
    public void dropSession() {
        driver.manage().deleteCookieNamed("JSESSIONID");
    }

    /** Answers the page's confirm() dialog: yes or no. */
    public String answerConfirm(boolean yes) {
        Alert alert = new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.alertIsPresent());
        String text = alert.getText();
        if (yes) {
            alert.accept();
        } else {
            alert.dismiss();
        }
        return text;
    }

    @Override
    public void close() {
        if (devTools != null) {
            devTools.close();
        }
        driver.quit();
    }
}
