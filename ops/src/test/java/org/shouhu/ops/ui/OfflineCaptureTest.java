package org.shouhu.ops.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Browser;
import org.shouhu.ops.support.Children;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline capture in a real browser (Debian's headless Chromium) with its network switched
 * off through the DevTools protocol: visits recorded without signal reach the child's record
 * once each, also when an answer is lost on the way back; two devices changing one child's risk
 * level give one change and one conflict shown on the child's page; signing out leaves no
 * personal data in the browser.
 */
class OfflineCaptureTest extends ApplicationTest {

    private static final String PASSWORD = "test";
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    private Browser signedIn(String account) {
        Browser browser = new Browser(port, "zh-CN");
        browsers.add(browser);
        return browser.signIn(account, PASSWORD);
    }

    /**
     * The offline page, opened with a signal, once it has fetched and kept this child (as of the
     * write at {@code position}) and its service worker has kept the page for opening offline.
     */
    private WebElement fieldPageWith(Browser browser, String childId, long position) {
        api.get("/api/v1/roster?minPosition=" + position + "&limit=1");
        browser.open("/ui/field");
        WebElement child = browser.find(By.cssSelector("#field-child-list li[data-child='" + childId + "']"));
        browser.waitUntil(driver -> Boolean.TRUE.equals(browser.script(
                "return caches.match('/ui/field').then(kept => !!kept)")) ? true : null);
        return child;
    }

    private String registered(Map<String, Object> registration) {
        Api.Reply reply = api.post("/api/v1/children", registration);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        lastPosition = reply.position();
        return reply.json().get("childId").asText();
    }

    private long lastPosition;

    private static void recordVisit(Browser browser, String childId, String occurredOn, String findings) {
        recordVisit(browser, childId, occurredOn, findings, false);
    }

    /** @param twice the form sent twice at once (a double tap): it must be kept once */
    private static void recordVisit(Browser browser, String childId, String occurredOn, String findings, boolean twice) {
        browser.find(By.cssSelector("#field-child-list li[data-child='" + childId + "'] button.record-visit")).click();
        WebElement date = browser.find(By.cssSelector("#field-form [data-field='occurredOn']"));
        assertThat(date.getAttribute("value")).as("the form opens on the device's today")
                .isEqualTo(LocalDate.now(ZoneId.systemDefault()).toString());
        browser.script("arguments[0].value = arguments[1]", date, occurredOn);
        new Select(browser.find(By.cssSelector("#field-form [data-field='kind']"))).selectByValue("HOME");
        browser.find(By.cssSelector("#field-form [data-field='findings']")).sendKeys(findings);
        if (twice) {
            browser.script("const form = document.getElementById('field-form'); form.requestSubmit(); form.requestSubmit();");
        } else {
            browser.find(By.cssSelector("#field-form button[type=submit]")).click();
        }
    }

    private static void assessRisk(Browser browser, String childId, String level, String reason) {
        browser.find(By.cssSelector("#field-child-list li[data-child='" + childId + "'] button.record-risk")).click();
        new Select(browser.find(By.cssSelector("#field-form [data-field='level']"))).selectByValue(level);
        browser.find(By.cssSelector("#field-form [data-field='reason']")).sendKeys(reason);
        browser.find(By.cssSelector("#field-form button[type=submit]")).click();
    }

    private static List<WebElement> queue(Browser browser, String state, int expected) {
        return browser.waitUntil(driver -> {
            List<WebElement> items = driver.findElements(By.cssSelector("#field-queue-list li[data-state='" + state + "']"));
            return items.size() == expected ? items : null;
        });
    }

    private static List<WebElement> results(Browser browser, String state, int expected) {
        return browser.waitUntil(driver -> {
            List<WebElement> items = driver.findElements(By.cssSelector("#field-result-list li[data-state='" + state + "']"));
            return items.size() == expected ? items : null;
        });
    }

    private List<JsonNode> history(String childId, String type) {
        JsonNode items = api.get("/api/v1/children/" + childId + "/history").json().get("items");
        return StreamSupport.stream(items.spliterator(), false).filter(item -> item.get("type").asText().equals(type)).toList();
    }

    /** The child's events of a type once the history has read as far as the store (the page's sends carry no position to wait for). */
    private List<JsonNode> history(String childId, String type, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        List<JsonNode> found = history(childId, type);
        while (found.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = history(childId, type);
        }
        return found;
    }

    @Test
    void visits_recorded_offline_reach_the_timeline_once_each_also_when_an_answer_is_lost_and_the_sync_is_retried()
            throws InterruptedException {
        String childId = registered(Children.registration());
        long before = eventCount(childId);
        Browser browser = signedIn("director");
        fieldPageWith(browser, childId, lastPosition);

        browser.network(false);
        String longAgo = LocalDate.now(DISTRICT).minusDays(40).toString();
        String today = LocalDate.now(DISTRICT).toString();
        recordVisit(browser, childId, longAgo, "上月走访，离线补记：孩子在家。");
        queue(browser, "waiting", 1);
        recordVisit(browser, childId, today, "今天的走访：爷爷生病住院。", true);
        queue(browser, "waiting", 2);
        assertThat(browser.find(By.id("field-status")).getText()).startsWith("离线");
        assertThat(eventCount(childId)).as("nothing reached the server without a network").isEqualTo(before);

        // the page opens again without signal, and what waits is still there
        browser.open("/ui/field");
        queue(browser, "waiting", 2);
        assertThat(eventCount(childId)).isEqualTo(before);

        // back online: the first visit arrives and is recorded, but its answer is lost on the way
        AtomicInteger lost = browser.loseNextAnswer("*/api/v1/children/" + childId + "/visits");
        browser.network(true);
        browser.waitUntil(driver -> lost.get() == 1 ? true : null);
        browser.waitUntil(driver -> driver.findElement(By.id("field-status")).getText().contains("发送中断") ? true : null);
        assertThat(eventCount(childId)).as("the first visit was recorded before its answer was lost").isEqualTo(before + 1);
        queue(browser, "waiting", 2);

        // sent again: the first with the same key (recorded once), then the second
        browser.find(By.id("field-sync")).click();
        results(browser, "recorded", 2);
        queue(browser, "waiting", 0);
        browser.waitUntil(driver -> driver.findElement(By.id("field-nothing-waiting")).isDisplayed() ? true : null);

        List<JsonNode> visits = history(childId, "VisitRecorded", 2);
        assertThat(visits).as("two visits, each once").hasSize(2);
        assertThat(visits.stream().map(visit -> visit.get("data").get("findings").asText()))
                .containsExactly("上月走访，离线补记：孩子在家。", "今天的走访：爷爷生病住院。");
        assertThat(visits.get(0).get("occurredOn").asText()).as("the director's date").isEqualTo(longAgo);
        assertThat(visits).allSatisfy(visit -> assertThat(visit.get("capturedAt").asText())
                .as("the device's capture time in the record").isNotBlank().isLessThan(visit.get("recordedAt").asText()));

        browser.open("/ui/children/" + childId);
        List<WebElement> timeline = browser.waitUntil(driver -> {
            List<WebElement> items = driver.findElements(By.cssSelector("#timeline li[data-type='VisitRecorded']"));
            return items.size() == 2 ? items : null;
        });
        assertThat(timeline.get(0).getText()).contains("今天的走访：爷爷生病住院。");
        assertThat(timeline.get(1).getText()).contains("上月走访，离线补记：孩子在家。");

        // the late sync shows honestly in the late-entry report, with the device's capture time
        JsonNode entry = lateEntry(visits.get(0).get("eventId").asText());
        assertThat(entry.get("capturedAt").asText()).isEqualTo(visits.get(0).get("capturedAt").asText());
    }

    @Test
    void two_devices_changing_one_childs_risk_level_offline_give_one_change_and_one_conflict_shown_with_both_levels()
            throws InterruptedException {
        String childId = registered(Children.registration());
        Api.Reply assessed = api.post("/api/v1/children/" + childId + "/risk", Map.of("level", "LOW", "reason", "首次评估"));
        assertThat(assessed.status()).isEqualTo(200);
        Browser first = signedIn("director");
        Browser second = signedIn("director-qinglong");
        fieldPageWith(first, childId, assessed.position());
        fieldPageWith(second, childId, assessed.position());
        first.network(false);
        second.network(false);

        assessRisk(first, childId, "HIGH", "爷爷住院，孩子独自在家");
        queue(first, "waiting", 1);
        // a second change on the same device, made having seen its first: never a conflict with it
        assessRisk(first, childId, "CRITICAL", "晚上也无人照看");
        queue(first, "waiting", 2);
        assessRisk(second, childId, "MEDIUM", "奶奶说会照看");
        queue(second, "waiting", 1);

        first.network(true);
        results(first, "recorded", 2);
        second.network(true);
        List<WebElement> held = results(second, "held", 1);
        assertThat(held.get(0).getText()).contains("作为冲突保留");

        assertThat(history(childId, "StaleRiskAssessmentHeld", 1)).hasSize(1);
        JsonNode file = api.get("/api/v1/children/" + childId + "?minPosition=" + maxPosition(childId)).json();
        assertThat(file.get("riskLevel").asText()).as("the changes sent first stand; nothing overwrote them").isEqualTo("CRITICAL");
        assertThat(history(childId, "RiskLevelAssessed")).hasSize(3); // LOW, then HIGH, then CRITICAL
        JsonNode conflict = file.get("conflicts").get(0);
        assertThat(conflict.get("status").asText()).isEqualTo("OPEN");
        assertThat(conflict.get("proposed").get("level").asText()).isEqualTo("MEDIUM");
        assertThat(conflict.get("proposed").get("actorId").asText()).isEqualTo("director-qinglong");
        assertThat(conflict.get("current").get("level").asText()).isEqualTo("CRITICAL");
        assertThat(conflict.get("current").get("actorId").asText()).isEqualTo("director");

        // shown on the child's page with both levels, and resolved there
        second.open("/ui/children/" + childId);
        WebElement shown = second.find(By.cssSelector("#conflicts table[data-conflict='" + conflict.get("conflictId").asText() + "']"));
        assertThat(shown.findElement(By.cssSelector(".proposed-level")).getText()).isEqualTo("中");
        assertThat(shown.findElement(By.cssSelector(".current-level")).getText()).isEqualTo("紧急");
        assertThat(shown.getText()).contains("奶奶说会照看", "晚上也无人照看", "director-qinglong");
        shown.findElement(By.cssSelector("a.resolve")).click();
        new Select(second.find(By.id("f-resolution"))).selectByValue("CURRENT_KEPT");
        second.find(By.id("f-reason")).sendKeys("两人商量后，按住院情况维持紧急风险");
        second.find(By.cssSelector("#api-form button[type=submit]")).click();
        second.waitUntil(driver -> driver.getCurrentUrl().contains("/ui/children/" + childId + "?minPosition=") ? true : null);
        assertThat(second.all(By.cssSelector("#conflicts"))).as("nothing left to resolve").isEmpty();
        assertThat(second.find(By.cssSelector("#timeline li")).getAttribute("data-type")).isEqualTo("ConflictResolved");
        assertThat(api.get("/api/v1/children/" + childId).json().get("riskLevel").asText()).isEqualTo("CRITICAL");
    }

    @Test
    void signing_out_removes_the_cached_personal_data_from_the_browser_and_time_its_children_but_never_an_unsent_entry_unasked()
            throws InterruptedException {
        Map<String, Object> registration = Children.registration();
        String name = (String) registration.get("name");
        String childId = registered(registration);
        Browser browser = signedIn("director");
        fieldPageWith(browser, childId, lastPosition);

        assertThat(databases(browser)).containsExactly("shouhu-offline/director");
        assertThat(browser.script("return sessionStorage.getItem('shouhu.offline.key') !== null")).isEqualTo(true);
        String stored = (String) browser.script(STORED_TEXT);
        assertThat(stored).as("the children are kept").contains("children").hasSizeGreaterThan(100);
        assertThat(stored).as("sealed: no name in the clear").doesNotContain(name).doesNotContain(childId);

        // an entry that was never sent: signing out asks first, and a "no" keeps it
        browser.network(false);
        recordVisit(browser, childId, LocalDate.now(DISTRICT).toString(), "离线记下，尚未发送");
        queue(browser, "waiting", 1);
        assertThat(((String) browser.script(STORED_TEXT))).doesNotContain("离线记下");
        browser.find(By.cssSelector("#logout button")).click();
        assertThat(browser.answerConfirm(false)).contains("1");
        queue(browser, "waiting", 1);
        assertThat(databases(browser)).containsExactly("shouhu-offline/director");

        browser.network(true);
        results(browser, "recorded", 1);

        // kept longer than shouhu.offline.keep-for (72h): the next page opened deletes the children
        browser.script("""
                return (async () => {
                  const db = await new Promise(ok => { const r = indexedDB.open('shouhu-offline/director'); r.onsuccess = () => ok(r.result); });
                  await new Promise(ok => { const tx = db.transaction('meta', 'readwrite');
                    tx.objectStore('meta').put(Date.now() - 73 * 3600 * 1000, 'cachedAt'); tx.oncomplete = ok; });
                  db.close();
                })();""");
        browser.open("/ui/roster");
        browser.waitUntil(driver -> ((String) browser.script(STORED_TEXT)).contains("children") ? null : true);
        assertThat(databases(browser)).as("the store itself stays until sign-out").containsExactly("shouhu-offline/director");

        // the key lasts keep-for from the password typed (using it does not extend it), and any page drops it then
        browser.script("""
                const kept = JSON.parse(sessionStorage.getItem('shouhu.offline.key'));
                kept.at = Date.now() - 73 * 3600 * 1000;
                sessionStorage.setItem('shouhu.offline.key', JSON.stringify(kept));""");
        browser.open("/ui/roster");
        assertThat(browser.script("return sessionStorage.getItem('shouhu.offline.key')")).as("a key past its time").isNull();

        browser.find(By.cssSelector("#logout button")).click();
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("/login?signedOut") ? true : null);

        assertThat(databases(browser)).as("the store is deleted").isEmpty();
        assertThat(browser.script("return sessionStorage.length")).as("the key is gone").isEqualTo(0L);
        assertThat(browser.script("return localStorage.length")).isEqualTo(0L);
        assertThat((List<?>) browser.script("return caches.keys()")).as("the service worker's copies are gone").isEmpty();
        assertThat((List<?>) browser.script("return navigator.serviceWorker.getRegistrations()")).as("and the worker").isEmpty();
        assertThat(history(childId, "VisitRecorded", 1)).hasSize(1);

        // the key is made at sign-in, before the role is known: an account that never captures offline keeps none
        Browser supervisor = signedIn("supervisor");
        supervisor.open("/ui/roster");
        assertThat(supervisor.script("return sessionStorage.getItem('shouhu.offline.key')")).isNull();
    }

    /** The global position of the child's last event in the store: what a read waits for. */
    private long maxPosition(String childId) {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, childId);
    }

    @Test
    void when_the_session_ended_the_kept_page_still_records_and_sends_after_signing_in_again() throws InterruptedException {
        String childId = registered(Children.registration());
        Browser browser = signedIn("director");
        fieldPageWith(browser, childId, lastPosition);

        // hours later, with some signal: the server's session is gone, the page must still open from the kept copy
        browser.dropSession();
        browser.open("/ui/field");
        browser.waitUntil(driver -> driver.findElement(By.id("field-status")).getText().contains("重新登录") ? true : null);
        recordVisit(browser, childId, LocalDate.now(DISTRICT).toString(), "会话过期后记下的走访");
        queue(browser, "waiting", 1);
        assertThat(history(childId, "VisitRecorded")).isEmpty();

        browser.signIn("director", PASSWORD);
        browser.open("/ui/field");
        results(browser, "recorded", 1);
        assertThat(history(childId, "VisitRecorded", 1)).hasSize(1);
    }

    /** The late-entry report's line of this event, through all its pages (other tests' late entries come first). */
    private JsonNode lateEntry(String eventId) {
        String cursor = "";
        do {
            JsonNode page = api.get("/api/v1/reports/late-entries?days=30&limit=500" + cursor).json();
            for (JsonNode item : page.get("items")) {
                if (item.get("eventId").asText().equals(eventId)) {
                    return item;
                }
            }
            cursor = page.get("nextCursor").isNull() ? null : "&cursor=" + page.get("nextCursor").asText();
        } while (cursor != null);
        throw new AssertionError("the visit synced 40 days late is not in the late-entry report");
    }

    @SuppressWarnings("unchecked")
    private static List<String> databases(Browser browser) {
        return ((List<Map<String, Object>>) browser.script("return indexedDB.databases()")).stream()
                .map(database -> (String) database.get("name")).filter(n -> n.startsWith("shouhu-offline/")).toList();
    }

    /** Every value kept in the offline store, as text (bytes read as UTF-8): what someone with the device's disk could read. */
    private static final String STORED_TEXT = """
            return (async () => {
            const db = await new Promise((ok, fail) => { const r = indexedDB.open('shouhu-offline/director');
                r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
            const text = [];
            for (const name of db.objectStoreNames) {
              const store = db.transaction(name).objectStore(name);
              const keys = await new Promise(ok => { const r = store.getAllKeys(); r.onsuccess = () => ok(r.result); });
              const values = await new Promise(ok => { const r = store.getAll(); r.onsuccess = () => ok(r.result); });
              values.forEach((value, i) => {
                text.push(String(keys[i]));
                const walk = v => {
                  if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) {
                    text.push(new TextDecoder().decode(v instanceof ArrayBuffer ? v : v.buffer));
                  } else if (v && typeof v === 'object') { Object.values(v).forEach(walk); }
                  else { text.push(String(v)); }
                };
                walk(value);
              });
            }
            db.close();
            return text.join('\\n');
            })();
            """;
}
