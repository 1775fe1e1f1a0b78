package org.shouhu.ops.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Browser;
import org.shouhu.ops.support.Children;
import org.shouhu.ops.support.Workers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web interface in a real browser (Debian's headless Chromium) against the running
 * application: a director's day (a visit recorded through the form, seen on the child's
 * story, the roster's overdue mark gone), the API's refusals beside the fields, and the
 * dashboard role seeing charts and no child.
 */
class InterfaceBrowserTest extends ApplicationTest {

    private static final String PASSWORD = "test";
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, "zh-CN");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** A child of the director's village, his own worker (so a roster filter finds him alone), last visited long ago. */
    private String overdueChild(String findings) {
        String worker = Workers.ensure(api, "director-ui-" + UUID.randomUUID().toString().substring(0, 8), "CHILD_DIRECTOR",
                "石洞镇/青龙村");
        String childId = register(Children.registration());
        expect(api.post("/api/v1/children/" + childId + "/responsible-worker", Map.of("workerId", worker,
                "reason", "本村儿童主任")), 200);
        Api.Reply visit = expect(api.post("/api/v1/children/" + childId + "/visits", Map.of(
                "occurredOn", LocalDate.now(DISTRICT).minusDays(400).toString(), "kind", "HOME", "childSeen", true,
                "findings", findings, "riskIndicators", List.of())), 201);
        api.get("/api/v1/roster?worker=" + worker + "&minPosition=" + visit.position());
        return childId + "|" + worker;
    }

    private static Api.Reply expect(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply;
    }

    private WebElement rosterRow(String worker, String childId) {
        browser.open("/ui/roster?worker=" + worker);
        return browser.find(By.cssSelector("tr[data-child='" + childId + "']"));
    }

    @Test
    void a_director_records_a_visit_through_the_form_sees_it_on_the_timeline_and_the_overdue_mark_goes() {
        String[] made = overdueChild("一年前的走访").split("\\|");
        String childId = made[0];
        String worker = made[1];
        browser.signIn("director", PASSWORD);

        WebElement row = rosterRow(worker, childId);
        assertThat(row.findElements(By.cssSelector(".badge.overdue"))).as("overdue mark before the visit").hasSize(1);

        row.findElement(By.cssSelector("a[href*='/ui/children/']")).click();
        browser.find(By.cssSelector("a[href$='/forms/visit']")).click();
        new Select(browser.find(By.id("f-kind"))).selectByValue("HOME");
        browser.find(By.id("f-findings")).sendKeys("孩子在家写作业，奶奶身体尚可。");
        browser.find(By.id("f-riskIndicators")).findElement(By.cssSelector("input[value='OUT_OF_SCHOOL']")).click();
        browser.find(By.cssSelector("#api-form button[type=submit]")).click();

        browser.waitUntil(driver -> driver.getCurrentUrl().contains("/ui/children/" + childId + "?minPosition="));
        WebElement newest = browser.find(By.cssSelector("#timeline li"));
        assertThat(newest.getAttribute("data-type")).isEqualTo("VisitRecorded");
        assertThat(newest.getText()).contains("孩子在家写作业，奶奶身体尚可。", "失学辍学", LocalDate.now(DISTRICT).toString(), "director");
        assertThat(browser.all(By.cssSelector("#timeline li[data-type='VisitRecorded']"))).hasSize(2);
        assertThat(api.get("/api/v1/children/" + childId + "/history").json().get("items"))
                .as("exactly one visit recorded by the form").filteredOn(item -> item.get("type").asText().equals("VisitRecorded"))
                .hasSize(2);

        WebElement after = rosterRow(worker, childId);
        assertThat(after.findElements(By.cssSelector(".badge.overdue"))).as("overdue mark after the visit").isEmpty();
        assertThat(after.getText()).contains(LocalDate.now(DISTRICT).toString());
    }

    @Test
    void a_form_with_bad_input_shows_the_apis_field_messages_and_records_nothing() {
        String childId = overdueChild("上次走访").split("\\|")[0];
        long events = eventCount(childId);
        String future = LocalDate.now(DISTRICT).plusDays(3).toString();
        JsonNode apiAnswer = api.post("/api/v1/children/" + childId + "/visits", Map.of("occurredOn", future, "kind", "HOME",
                "childSeen", true, "findings", "明天的走访")).json();
        String apiMessage = apiAnswer.get("errors").get(0).get("message").asText();

        browser.signIn("director", PASSWORD);
        browser.open("/ui/children/" + childId + "/forms/visit");
        WebElement date = browser.find(By.id("f-occurredOn"));
        browser.script("arguments[0].value = arguments[1]", date, future);
        new Select(browser.find(By.id("f-kind"))).selectByValue("HOME");
        browser.find(By.id("f-findings")).sendKeys("明天的走访");
        browser.find(By.cssSelector("#api-form button[type=submit]")).click();

        WebElement message = browser.waitUntil(driver -> {
            WebElement slot = driver.findElement(By.id("f-occurredOn-error"));
            return slot.isDisplayed() ? slot : null;
        });
        assertThat(apiAnswer.get("errors").get(0).get("field").asText()).isEqualTo("occurredOn");
        assertThat(message.getText()).contains(apiMessage);
        assertThat(date.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("form-problem")).isDisplayed()).isTrue();
        assertThat(browser.url()).contains("/forms/visit");

        // a required field left empty is named by the API, beside that field
        browser.find(By.id("f-findings")).clear();
        browser.script("arguments[0].value = arguments[1]", date, LocalDate.now(DISTRICT).toString());
        browser.find(By.cssSelector("#api-form button[type=submit]")).click();
        WebElement findings = browser.waitUntil(driver -> {
            WebElement slot = driver.findElement(By.id("f-findings-error"));
            return slot.isDisplayed() ? slot : null;
        });
        assertThat(findings.getText()).contains("findings");
        assertThat(browser.find(By.id("f-occurredOn-error")).isDisplayed()).isFalse();
        assertThat(eventCount(childId)).as("nothing recorded by refused forms").isEqualTo(events);
    }

    @Test
    void a_registration_like_a_child_on_record_shows_the_look_alikes_for_confirmation() {
        Map<String, Object> child = Children.registration(LocalDate.of(2016, 3, 8));
        child.put("name", "李思雨");
        String existing = register(child);
        browser.signIn("director", PASSWORD);
        browser.open("/ui/children/new");
        browser.find(By.id("f-name")).sendKeys("李思雨");
        new Select(browser.find(By.id("f-sex"))).selectByValue("MALE");
        browser.script("arguments[0].value = '2016-03-09'", browser.find(By.id("f-dateOfBirth")));
        browser.find(By.id("f-residentId")).sendKeys(Children.residentId(LocalDate.of(2016, 3, 9)));
        browser.find(By.id("f-township")).sendKeys("石洞镇");
        browser.find(By.id("f-village")).sendKeys("青龙村");
        new Select(browser.find(By.id("f-primaryCategory"))).selectByValue("LEFT_BEHIND");
        browser.find(By.cssSelector("#api-form button[type=submit]")).click();

        WebElement candidates;
        try {
            candidates = browser.waitUntil(driver -> {
                WebElement section = driver.findElement(By.id("duplicates"));
                return section.isDisplayed() ? section : null;
            });
        } catch (RuntimeException e) {
            throw new AssertionError(browser.url() + " " + browser.find(By.id("form-problem")).getText(), e);
        }
        assertThat(candidates.findElements(By.cssSelector("a[href$='/ui/children/" + existing + "']"))).hasSize(1);

        browser.find(By.id("confirm-not-duplicate")).click();
        browser.find(By.cssSelector("#api-form button[type=submit]")).click();
        try {
            browser.waitUntil(driver -> driver.getCurrentUrl().contains("?minPosition="));
        } catch (RuntimeException e) {
            throw new AssertionError(browser.find(By.id("form-problem")).getText(), e);
        }
        assertThat(browser.url()).doesNotContain(existing);
        assertThat(browser.find(By.cssSelector("#timeline li[data-type='ChildRegistered']")).isDisplayed()).isTrue();
    }

    @Test
    void the_import_page_dry_run_names_the_rows_it_would_refuse_and_records_nothing() throws java.io.IOException {
        LocalDate born = LocalDate.of(2014, 5, 20);
        String ledger = "姓名,性别,出生日期,身份证号,乡镇,村,儿童类别\n"
                + "赵小雨,女," + born + "," + Children.residentId(born) + ",石洞镇,青龙村,留守儿童\n"
                + "钱小雪,女,2099-01-01,," + "石洞镇,青龙村,留守儿童\n";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ledger", ".csv");
        java.nio.file.Files.writeString(file, ledger);
        long events = eventCount();
        browser.signIn("director", PASSWORD);
        browser.open("/ui/imports");
        browser.find(By.id("ledger-file")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.cssSelector("#import-form button[type=submit]")).click();

        WebElement summary = browser.waitUntil(driver -> {
            WebElement text = driver.findElement(By.id("import-summary"));
            return text.getText().isBlank() ? null : text;
        });
        assertThat(summary.getText()).contains("2");
        List<WebElement> refused = browser.all(By.cssSelector("#import-errors tbody tr"));
        assertThat(refused).isNotEmpty();
        assertThat(refused).allMatch(row -> row.findElements(By.tagName("td")).get(0).getText().equals("3"));
        assertThat(eventCount()).as("a dry run records nothing").isEqualTo(events);

        // a file that is not a ledger is refused beside the file field
        java.nio.file.Path numbers = java.nio.file.Files.createTempFile("numbers", ".csv");
        java.nio.file.Files.writeString(numbers, "a,b,c\n1,2,3\n4,5,6\n");
        browser.find(By.id("ledger-file")).sendKeys(numbers.toAbsolutePath().toString());
        browser.find(By.cssSelector("#import-form button[type=submit]")).click();
        WebElement fileError = browser.waitUntil(driver -> {
            WebElement slot = driver.findElement(By.id("ledger-file-error"));
            return slot.isDisplayed() ? slot : null;
        });
        assertThat(fileError.getText()).isNotBlank();
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void the_dashboard_account_sees_charts_and_tables_but_no_names() {
        Map<String, Object> child = Children.registration();
        child.put("name", "欧阳看不见");
        register(child);
        browser.signIn("dashboard", PASSWORD);
        assertThat(browser.url()).endsWith("/ui/dashboard");
        browser.waitUntil(driver -> driver.findElements(By.cssSelector(".chart[data-drawn='true'] canvas")).size() >= 5);
        assertThat(browser.all(By.cssSelector(".chart-card table")).size())
                .as("every chart has its table").isEqualTo(browser.all(By.cssSelector(".chart")).size());
        assertThat(browser.find(By.id("open-cases")).getText()).matches("\\d+");
        assertThat(browser.source()).doesNotContain("欧阳看不见", "王小明", "王大爷");

        browser.open("/ui/roster");
        assertThat(browser.source()).doesNotContain("欧阳看不见");
        assertThat(browser.find(By.cssSelector("main p[role=alert]")).getText()).isNotBlank();
    }
}
