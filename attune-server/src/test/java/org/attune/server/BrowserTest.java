package org.attune.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The dashboard in real headless Chromium (Debian's chromium and chromedriver; nothing downloaded): a moderator
 * signs in, the seed thread ingested through the API is at the top of the queue as urgent with its evidence
 * highlighted, is claimed and resolved; a post with a script and markup renders as text and runs nothing.
 */
class BrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void moderator_triagesTheSeedThread_inChromium() throws Exception {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(), "skipped: /usr/bin/chromium and "
                + "/usr/bin/chromedriver are needed (apt-get install chromium chromium-driver; .ci/run does it)");
        String thread = seedThread();
        try (TestServer s = new TestServer(dir.resolve("data"))) {
            long calm = s.ingest(TestServer.doc("calm", "a", "We had a picnic in the park; it was lovely."));
            long seed = s.ingest(thread);
            long html = s.ingest(TestServer.doc("html", "b", "<script>window.__xss = 1</script><b>bold</b> "
                    + "<img src=x onerror=\"window.__xss = 2\"> I am fine."));
            s.awaitAnalysed(List.of(calm, seed, html));

            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                    .usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium")));
            WebDriver browser = new ChromeDriver(service, options);
            try {
                browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
                browser.get(s.base() + "/queue");
                assertTrue(browser.getCurrentUrl().endsWith("/login"), "signed out goes to the login page");
                browser.findElement(By.id("username")).sendKeys("mod");
                browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
                browser.findElement(By.id("sign-in")).click();
                String afterSignIn = urlOnceItEndsWith(browser, "/queue");
                assertTrue(afterSignIn.endsWith("/queue"), afterSignIn);

                List<WebElement> rows = browser.findElements(By.cssSelector("tr.queue-row"));
                assertEquals(3, rows.size());
                WebElement top = rows.get(0);
                assertEquals(Long.toString(seed), top.getAttribute("data-id"), "the seed thread is at the top");
                assertTrue(List.of("high", "imminent").contains(top.getAttribute("data-level")),
                        top.getAttribute("data-level"));
                assertFalse(top.findElement(By.className("waiting")).getText().isBlank());
                assertTrue(browser.findElement(By.id("crisis-resources")).isDisplayed());
                assertTrue(browser.findElement(By.id("volume-chart")).isDisplayed());

                top.findElement(By.tagName("a")).click();
                List<WebElement> evidence = browser.findElements(By.cssSelector("mark.evidence"));
                assertFalse(evidence.isEmpty(), "evidence highlighted");
                assertFalse(evidence.get(0).getText().isBlank());
                assertTrue(browser.findElement(By.id("crisis-resources")).isDisplayed());

                browser.findElement(By.id("claim")).click();
                assertEquals("claimed", textOf(browser, "item-state", "claimed"));
                browser.findElement(By.cssSelector("#outcome option[value='emergency_services']")).click();
                browser.findElement(By.id("resolve")).click();
                assertTrue(urlOnceItEndsWith(browser, "/queue").endsWith("/queue"));
                for (WebElement r : browser.findElements(By.cssSelector("tr.queue-row"))) {
                    assertFalse(r.getAttribute("data-id").equals(Long.toString(seed)), "resolved leaves the queue");
                }
                assertEquals("resolved", s.get("/api/v1/items/" + seed, s.moderator).json().get("state").asText());

                browser.get(s.base() + "/items/" + html);
                String text = browser.findElement(By.cssSelector(".post .text")).getText();
                assertTrue(text.contains("<script>window.__xss = 1</script><b>bold</b>"), text);
                assertTrue(browser.findElements(By.cssSelector(".post .text b")).isEmpty(), "no markup made");
                assertNull(((JavascriptExecutor) browser).executeScript("return window.__xss;"), "nothing ran");
            } finally {
                browser.quit();
            }
        }
    }

    /** The browser's URL once it ends with {@code suffix} (or after 10 s): a click's navigation finishes later. */
    private static String urlOnceItEndsWith(WebDriver browser, String suffix) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (!browser.getCurrentUrl().endsWith(suffix) && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        return browser.getCurrentUrl();
    }

    /** The text of element {@code id} once it reads {@code expected} (or after 10 s), across page loads. */
    private static String textOf(WebDriver browser, String id, String expected) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        String last = null;
        while (System.currentTimeMillis() < until) {
            try {
                last = browser.findElement(By.id(id)).getText();
                if (expected.equals(last)) {
                    return last;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // the next page is loading: a stale element, none yet, or (Chrome 156) "node with given id does not
                // belong to the document" for an element read while the page was being replaced
            }
            Thread.sleep(50);
        }
        return last;
    }

    /** The seed thread from ../shared when it is there; else a synthetic urgent thread of the same shape. */
    private static String seedThread() throws Exception {
        for (Path seeds : List.of(Path.of("..", "..", "shared", "seeds"), Path.of("..", "shared", "seeds"))) {
            if (Files.isDirectory(seeds)) {
                try (var files = Files.list(seeds)) {
                    var seed = files.filter(p -> p.getFileName().toString().startsWith("000_")
                            && p.toString().endsWith(".thread.json")).findFirst();
                    if (seed.isPresent()) {
                        return Files.readString(seed.get());
                    }
                }
            }
        }
        System.err.println("BrowserTest: ../shared/seeds is absent; using a synthetic urgent thread instead");
        return "{\"id\":\"synthetic-seed\",\"author\":\"writer\",\"text\":\"I have the pills in my hand and I am "
                + "going to take all of them tonight. I wrote my goodbye letters.\",\"replies\":[{\"id\":\"r1\","
                + "\"author\":\"friend\",\"text\":\"Please call someone right now, we care about you.\"}]}";
    }
}
