package org.shouhu.ops.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.shouhu.ops.support.Browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Takes the README's screenshots from a running demo application (not part of the default
 * test run; the command is in docs/interface.md):
 * <pre>
 * java -jar ops/target/shouhu.jar --shouhu.demo.enabled=true &amp;
 * mvn -B -pl ops test -Dtest=InterfaceScreenshots -Dshouhu.screenshots.base=http://localhost:8080
 * </pre>
 */
class InterfaceScreenshots {

    private static final Path DIRECTORY = Path.of(System.getProperty("shouhu.screenshots.dir", "../docs/screenshots"));
    private static final String BASE = System.getProperty("shouhu.screenshots.base", "http://localhost:8080");
    private static final Map<String, Dimension> WIDTHS = Map.of("desktop", Browser.DESKTOP, "phone", Browser.PHONE);

    @Test
    void roster_child_page_and_dashboard_at_desktop_and_phone_width() throws IOException {
        int port = URI.create(BASE).getPort();
        try (Browser director = new Browser(port, "zh-CN")) {
            director.signIn("director", "demo");
            director.open("/ui/roster?overdue=true");
            String child = director.find(By.cssSelector("#roster tr[data-child]")).getAttribute("data-child");
            for (Map.Entry<String, Dimension> width : WIDTHS.entrySet()) {
                director.resize(width.getValue());
                director.open("/ui/roster");
                director.find(By.id("roster"));
                director.screenshot(DIRECTORY.resolve("roster-" + width.getKey() + ".png"));
                director.open("/ui/children/" + child);
                director.find(By.id("timeline"));
                director.screenshot(DIRECTORY.resolve("child-" + width.getKey() + ".png"));
            }
            // offline capture, where it is used: on a phone
            director.resize(Browser.PHONE);
            director.open("/ui/field");
            director.find(By.cssSelector("#field-child-list li[data-child]"));
            director.screenshot(DIRECTORY.resolve("field-phone.png"));
        }
        try (Browser dashboard = new Browser(port, "zh-CN")) {
            dashboard.signIn("dashboard", "demo");
            for (Map.Entry<String, Dimension> width : WIDTHS.entrySet()) {
                dashboard.resize(width.getValue());
                dashboard.open("/ui/dashboard");
                dashboard.waitUntil(driver -> driver.findElements(By.cssSelector(".chart[data-drawn='true']")).size() >= 5);
                dashboard.screenshot(DIRECTORY.resolve("dashboard-" + width.getKey() + ".png"));
            }
        }
    }
}
