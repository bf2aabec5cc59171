package wjw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import wjw.index.Reindexer;
import wjw.search.LuceneSearchService;

/** The search page in real headless Chromium: search 托育, filter by a province facet, open a statement, go back. */
class SearchPageBrowserTest {
  static final Path CHROMIUM = Path.of(System.getProperty("wjw.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("wjw.chromedriver", "/usr/bin/chromedriver"));

  @TempDir static Path tmp;
  static LuceneSearchService service;
  static ApiServer server;
  static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    if (!browserAvailable()) {
      return; // the test itself is skipped, so the skip and its reason show in the report
    }
    Path index = tmp.resolve("index");
    new Reindexer(Path.of("seeds"), index).run(true);
    service = LuceneSearchService.open(index);
    server = new ApiServer(service, () -> null, null, Path.of("web"), "127.0.0.1", 0).start();

    ChromeOptions options = new ChromeOptions();
    // An explicit binary and driver: Selenium Manager never runs, so nothing is downloaded.
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")), "--window-size=1280,900");
    ChromeDriverService driverService = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(driverService, options);
  }

  static boolean browserAvailable() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
      service.close();
    }
  }

  @Test
  void searchFilterOpenStatementAndGoBack() {
    assumeTrue(browserAvailable(),
        "SKIPPED browser test: no " + CHROMIUM + " or " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    String base = "http://127.0.0.1:" + server.port() + "/";
    driver.get(base);
    // Empty query browses everything.
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .card")));

    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("托育", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("q=%E6%89%98%E8%82%B2"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .card .passage mark")));
    List<WebElement> marks = driver.findElements(By.cssSelector("#results .card mark"));
    assertFalse(marks.isEmpty());
    assertEquals("托育", marks.get(0).getText());
    assertTrue(driver.findElement(By.id("status")).getText().contains("共"), "total and time shown");

    WebElement province = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//aside[@id='facets']//h2[text()='省份']/following-sibling::ul//a")));
    String provinceName = province.findElement(By.className("value")).getText();
    province.click();
    wait.until(ExpectedConditions.urlContains("province="));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chips"), provinceName));
    wait.until(d -> d.findElements(By.cssSelector("#results .card .meta")).stream()
        .allMatch(meta -> meta.getText().contains(provinceName)));

    WebElement first = driver.findElement(By.cssSelector("#results .card h3 a"));
    first.click();
    wait.until(ExpectedConditions.urlContains("id="));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#statement h1")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#statement .para mark")));
    assertTrue(driver.findElement(By.cssSelector("#statement .source")).getText().contains("出处"));
    assertTrue(driver.findElement(By.cssSelector("#statement .lines")).getText().contains("原文第"));

    driver.navigate().back();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .card")));
    assertTrue(driver.getCurrentUrl().contains("province="), driver.getCurrentUrl());
    assertFalse(driver.findElement(By.id("statement")).isDisplayed());
    assertEquals("托育", driver.findElement(By.id("q")).getAttribute("value"));
  }

  /** The research tools: similar statements and citations on 张波 2026, completions for 钟, export links. */
  @Test
  void statementShowsSimilarAndCopyableCitationsAndTheBoxCompletesNames() {
    assumeTrue(browserAvailable(),
        "SKIPPED browser test: no " + CHROMIUM + " or " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    String base = "http://127.0.0.1:" + server.port() + "/";
    driver.get(base + "?id=000_d51fea8ea64b6d2e-3");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".similar-statements .similar-item a")));
    assertEquals(5, driver.findElements(By.cssSelector(".similar-statements .similar-item")).size());
    List<WebElement> copies = driver.findElements(By.cssSelector("#statement .para button.copy"));
    assertEquals(driver.findElements(By.cssSelector("#statement .para")).size(), copies.size(), "one per paragraph");
    assertTrue(copies.get(0).getAttribute("data-citation").startsWith("山西省卫生健康委党组书记、主任张波：“"));

    copies.get(0).click();
    wait.until(ExpectedConditions.textToBePresentInElement(copies.get(0), "已复制"));
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys(Keys.chord(Keys.CONTROL, "v"));
    assertTrue(box.getAttribute("value").startsWith("山西省卫生健康委党组书记、主任张波：“"), "pasted: " + box.getAttribute("value"));

    driver.findElements(By.cssSelector("#statement .para button.who-else")).get(0).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#statement .para .similar")));

    driver.get(base);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .card")));
    box = driver.findElement(By.id("q"));
    box.sendKeys("钟");
    WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li")));
    assertTrue(suggestion.getText().contains("钟东波（北京市）"), suggestion.getText());
    box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("official="));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chips"), "钟东波"));

    box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys("托育", Keys.ENTER);
    // The new query keeps the official filter; wait for the links of this search, not the previous one's (the
    // links are rendered anew with each result, so an element found a moment ago may be gone: read it in one go).
    String href = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
      WebElement csv = d.findElement(By.cssSelector("#export a.export-csv"));
      String h = csv.getAttribute("href");
      return csv.isDisplayed() && h.contains("/api/export?q=%E6%89%98%E8%82%B2") ? h : null;
    });
    Object status = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('X-Total-Count')));",
        href);
    assertTrue(String.valueOf(status).startsWith("200 "), String.valueOf(status));
  }

  /**
   * The trend of 托育 under the results: a real table (one row per province, one column per year) whose cell filters
   * the results to that year and province; and the order of the hits, newest first on request.
   */
  @Test
  void trendOfTuoyuAppearsAndACellFiltersAndTheHitsSortNewestFirst() {
    assumeTrue(browserAvailable(),
        "SKIPPED browser test: no " + CHROMIUM + " or " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    String base = "http://127.0.0.1:" + server.port() + "/";
    driver.get(base + "?q=%E6%89%98%E8%82%B2");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#trend table.trend-table tbody tr")));
    wjw.search.SearchResult truth = service.search(wjw.search.SearchRequest.of("托育").withTrend(wjw.index.Dimensions.PROVINCE));
    wjw.search.Trend trend = truth.trend(wjw.index.Dimensions.PROVINCE);
    List<String> years = driver.findElements(By.cssSelector("#trend thead th")).stream().map(WebElement::getText).toList();
    assertEquals(trend.years(), years.subList(1, years.size() - 1), "a column per year between the label and the sum");
    List<String> rows = driver.findElements(By.cssSelector("#trend tbody th[scope=row]")).stream()
        .map(WebElement::getText).toList();
    assertEquals(trend.rows().stream().map(wjw.search.Trend.Row::value).toList(), rows, "a row per province");

    WebElement cell = driver.findElements(By.cssSelector("#trend tbody td a")).get(0);
    String count = cell.getText();
    String label = cell.getAttribute("aria-label");
    cell.click();
    wait.until(ExpectedConditions.urlContains("year="));
    assertTrue(driver.getCurrentUrl().contains("province="), driver.getCurrentUrl());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "共 " + count + " 条"));
    String year = label.substring(0, label.indexOf('年'));
    wait.until(d -> {
      List<WebElement> metas = d.findElements(By.cssSelector("#results .card .meta"));
      return metas.size() == Integer.parseInt(count) && metas.stream().allMatch(m -> m.getText().contains(year + "年"));
    });

    driver.get(base + "?q=%E6%89%98%E8%82%B2");
    WebElement sort = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sort")));
    new org.openqa.selenium.support.ui.Select(sort).selectByValue("newest");
    wait.until(ExpectedConditions.urlContains("sort=newest"));
    List<String> expected = service.search(wjw.search.SearchRequest.of("托育").withSort(wjw.search.SortOrder.NEWEST))
        .hits().stream().map(wjw.search.Hit::id).toList();
    // The list is redrawn when the sorted answer arrives: a link found just before may be gone when read, so try again.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElements(By.cssSelector("#results .card h3 a")).stream()
        .map(a -> a.getAttribute("href").replaceAll(".*[?&]id=([^&]*).*", "$1")).toList().equals(expected));
  }
}
