package org.shouhu.ops.ui;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.activities.ActivityType;
import org.shouhu.events.attachments.AttachmentKind;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ParentStatus;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Sex;
import org.shouhu.events.concerns.ConcernSeverity;
import org.shouhu.events.concerns.ConcernSource;
import org.shouhu.events.guardianship.GuardianCapacity;
import org.shouhu.events.guardianship.GuardianRelation;
import org.shouhu.events.interventions.InterventionOutcome;
import org.shouhu.events.interventions.InterventionType;
import org.shouhu.events.partners.PartnerKind;
import org.shouhu.events.visits.RiskIndicator;
import org.shouhu.events.visits.VisitKind;
import org.shouhu.events.workers.WorkerRole;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Children;
import org.shouhu.ops.support.Session;
import org.shouhu.ops.ui.child.RuleMessages;
import org.shouhu.query.quality.Flaw;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every label of the interface exists in Chinese and in English: the two bundles hold the
 * same keys; every key a template names, and every code a page shows through a bundle
 * (categories, statuses, event types, roles…), is in both; no template writes a word of its
 * own; and every page, opened in each language, shows no missing message.
 */
class InterfaceLanguagesTest extends ApplicationTest {

    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)");
    /** Text between tags that a template writes itself (only the names of the two languages may be). */
    private static final Pattern OWN_TEXT = Pattern.compile("<([a-z0-9]+)([^<>]*)>([^<>]*[\\p{L}][^<>]*)</\\1>");
    private static final Set<String> LANGUAGE_NAMES = Set.of("English", "中文");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern MISSING = Pattern.compile("\\?\\?[\\w.-]+_[\\w-]+\\?\\?");
    private static final List<Class<? extends Enum<?>>> SHOWN_CODES = List.of(ChildCategory.class, RiskLevel.class, Sex.class,
            ParentStatus.class, GuardianRelation.class, GuardianCapacity.class, VisitKind.class, RiskIndicator.class,
            ConcernSource.class, ConcernSeverity.class, InterventionType.class, InterventionOutcome.class,
            AttachmentKind.class, WorkerRole.class, ActivityType.class, PartnerKind.class);
    private static final List<String> STATUSES = List.of("OPEN", "CLOSED", "MERGED", "ANSWERED", "UNTRIAGED", "PENDING",
            "APPROVED", "REJECTED", "MADE", "ACCEPTED", "DECLINED", "COMPLETED", "YES", "NO");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(
                InterfaceLanguagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Map<String, String> templates() throws IOException {
        Map<String, String> templates = new LinkedHashMap<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath:/templates/ui/*.html")) {
            templates.put(template.getFilename(), template.getContentAsString(StandardCharsets.UTF_8));
        }
        assertThat(templates).hasSizeGreaterThan(10);
        return templates;
    }

    private static List<String> keysShownByCode() {
        List<String> keys = new ArrayList<>();
        SHOWN_CODES.forEach(codes -> Arrays.stream(codes.getEnumConstants()).forEach(code -> keys.add("option." + code.name())));
        STATUSES.forEach(status -> keys.add("option." + status));
        Arrays.stream(AccountRole.values()).forEach(role -> keys.add("role." + role.name()));
        Arrays.stream(Flaw.values()).forEach(flaw -> keys.add("flaw." + flaw.name()));
        RuleMessages.RULES.forEach(rule -> keys.add("rule." + rule));
        childEvents().forEach(event -> keys.add("event." + event));
        return keys;
    }

    /** Every event of a child's story: the records of the events module that name the child. */
    private static Set<String> childEvents() {
        Set<String> events = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().importPackages("org.shouhu.events")) {
            Class<?> reflected = type.reflect();
            if (reflected.isRecord() && Stream.of(reflected.getRecordComponents()).map(RecordComponent::getType)
                    .anyMatch(ChildId.class::equals) && !reflected.equals(ChildId.class)) {
                events.add(reflected.getSimpleName());
            }
        }
        assertThat(events).contains("VisitRecorded", "ChildRegistered", "EntryCorrected");
        return events;
    }

    @Test
    void both_bundles_hold_the_same_keys_and_no_empty_or_untranslated_label() throws IOException {
        Properties chinese = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
        chinese.forEach((key, value) -> assertThat((String) value).as(key.toString()).isNotBlank());
        english.forEach((key, value) -> assertThat(HAN.matcher((String) value).find())
                .as("English label " + key + " written in Chinese").isFalse());
        long chineseLabels = chinese.values().stream().filter(value -> HAN.matcher((String) value).find()).count();
        assertThat(chineseLabels).as("labels of the Chinese bundle in Chinese").isGreaterThan(chinese.size() * 9L / 10);
    }

    @Test
    void every_key_a_template_names_or_a_page_shows_by_code_is_in_both_bundles() throws IOException {
        Properties chinese = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        List<String> keys = new ArrayList<>(keysShownByCode());
        templates().forEach((name, text) -> {
            Matcher key = STATIC_KEY.matcher(text);
            while (key.find()) {
                keys.add(key.group(1));
            }
        });
        assertThat(keys).hasSizeGreaterThan(300);
        for (String key : keys) {
            assertThat(chinese.getProperty(key)).as("zh-CN: " + key).isNotNull();
            assertThat(english.getProperty(key)).as("en: " + key).isNotNull();
        }
    }

    @Test
    void no_template_writes_a_label_of_its_own() throws IOException {
        templates().forEach((name, text) -> {
            Matcher own = OWN_TEXT.matcher(text);
            while (own.find()) {
                boolean fromBundle = own.group(2).contains("th:text") || own.group(2).contains("th:utext");
                assertThat(fromBundle || LANGUAGE_NAMES.contains(own.group(3).trim()) || own.group(3).trim().equals("*"))
                        .as(name + " writes \"" + own.group(3).trim() + "\" itself").isTrue();
            }
        });
    }

    @Test
    void every_page_opens_in_both_languages_with_no_missing_label() {
        String childId = register(Children.registration(LocalDate.now().minusYears(7)));
        String base = "/api/v1/children/" + childId;
        String concern = api.post(base + "/concerns", Map.of("occurredOn", LocalDate.now().toString(), "source", "SCHOOL",
                "description", "老师反映孩子情绪低落")).json().get("concernId").asText();
        String intervention = api.post(base + "/interventions", Map.of("type", "PSYCHOLOGICAL_COUNSELLING",
                "goal", "每周一次心理辅导", "openedOn", LocalDate.now().toString())).json().get("interventionId").asText();
        long position = api.post(base + "/flags", Map.of("message", "注意：监护人外出")).position();
        String event = api.get(base + "/history?minPosition=" + position).json().get("items").get(0).get("eventId").asText();
        String child = "/ui/children/" + childId;

        Map<String, List<String>> pagesByAccount = Map.of(
                "director", List.of("/ui/roster", "/ui/roster?overdue=true", child, child + "?asOf=" + LocalDate.now(),
                        "/ui/children/new", child + "/forms/visit", child + "/forms/concern", child + "/forms/guardianship",
                        child + "/forms/risk", child + "/forms/intervention", child + "/forms/intervention?concern=" + concern,
                        child + "/forms/progress?intervention=" + intervention,
                        child + "/forms/intervention-closure?intervention=" + intervention,
                        child + "/forms/concern-closure?concern=" + concern, child + "/forms/referral",
                        child + "/forms/correction?event=" + event, child + "/forms/attachment", child + "/forms/flag",
                        "/ui/workers", "/ui/activities", "/ui/imports", "/ui/dashboard", "/ui/children/" + java.util.UUID.randomUUID(),
                        "/ui/field", child + "/forms/conflict?conflict=" + java.util.UUID.randomUUID()),
                "supervisor", List.of("/ui/approvals", "/ui/dashboard"),
                "inspector", List.of("/ui/inspection/integrity", "/ui/inspection/integrity?verify=true",
                        "/ui/inspection/access-log", "/ui/inspection/late-entries", child),
                "dashboard", List.of("/ui/dashboard", "/ui/roster"));
        for (String language : List.of("zh-CN", "en")) {
            String login = Session.anonymous(port).get("/login?lang=" + language).body();
            assertThat(login).contains("lang=\"" + language + "\"", "id=\"username\"").doesNotContain("id=\"logout\"");
            assertThat(MISSING.matcher(login).find()).as("missing label on the login page in " + language).isFalse();
        }
        pagesByAccount.forEach((account, pages) -> {
            Session session = Session.signIn(port, account, "test");
            for (String language : List.of("zh-CN", "en")) {
                for (String page : pages) {
                    HttpResponse<String> answer = session.get(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    String body = answer.body();
                    assertThat(answer.statusCode()).as(account + " " + page).isIn(200, 403, 404);
                    assertThat(body).as(account + " " + page + " in " + language).contains("lang=\"" + language + "\"");
                    assertThat(MISSING.matcher(body).find()).as("missing label on " + page + " in " + language + ": "
                            + (MISSING.matcher(body).results().map(java.util.regex.MatchResult::group).toList())).isFalse();
                }
            }
        });
    }
}
