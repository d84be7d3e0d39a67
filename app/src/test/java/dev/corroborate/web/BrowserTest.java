package dev.corroborate.web;

import dev.corroborate.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The pages in headless Chromium: story list, story page with a conflict, search. Screenshots in target/screenshots. */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path tmp;

    private Store store;
    private WebServer server;
    private ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        // Skipped only where there is no Chromium; with Chromium but no driver the test fails, as it should.
        assumeTrue(Files.isExecutable(CHROMIUM), "needs /usr/bin/chromium");
        store = Store.open(tmp.resolve("store"));
        store.ingestRaw(Fixtures.reports());
        server = WebServer.start(store, new ServerOptions("127.0.0.1", 0, null, ServerOptions.DEFAULT_MAX_REQUEST_BYTES));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1600", "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        // The driver is given explicitly so that Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @Test
    void listOpenStorySeeConflictSearch() throws Exception {
        String base = "http://127.0.0.1:" + server.port();
        browser.get(base + "/");
        assertEquals("Stories · Corroborate", browser.getTitle());
        List<WebElement> rows = browser.findElements(By.cssSelector("table.stories tbody tr"));
        assertEquals(1, rows.size());
        assertEquals("1", rows.get(0).findElement(By.cssSelector("td.has-conflicts")).getText());

        rows.get(0).findElement(By.tagName("a")).click();
        WebElement conflict = browser.findElement(By.cssSelector("#conflicts .conflict"));
        assertEquals("number of survivors", conflict.findElement(By.tagName("h3")).getText());
        List<WebElement> sides = conflict.findElements(By.cssSelector(".side"));
        assertEquals(2, sides.size());
        assertEquals("80 survivors", sides.get(0).findElement(By.cssSelector(".value")).getText());
        assertEquals("95 survivors", sides.get(1).findElement(By.cssSelector(".value")).getText());
        // side by side: same row, left to right
        assertEquals(sides.get(0).getLocation().getY(), sides.get(1).getLocation().getY());
        assertTrue(sides.get(0).getLocation().getX() < sides.get(1).getLocation().getX());
        // the article's markup is shown as text and never ran
        assertTrue(browser.findElement(By.cssSelector("#articles article h3")).getText().contains(Fixtures.SCRIPT));
        assertTrue(browser.getTitle().startsWith("Ferry Santa Lucia sinks"), browser.getTitle());
        screenshot("story");

        WebElement box = browser.findElement(By.cssSelector("header input[name=q]"));
        box.sendKeys("inquiry");
        box.submit();
        List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits li"));
        assertTrue(!hits.isEmpty(), "search finds the inquiry article");
        assertTrue(hits.get(0).getText().contains("Santa Lucia ferry disaster off Kalamos: inquiry demanded"), hits.get(0).getText());
        screenshot("search");
        hits.get(0).findElement(By.tagName("a")).click();
        assertTrue(browser.getCurrentUrl().contains("/stories/"));
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
