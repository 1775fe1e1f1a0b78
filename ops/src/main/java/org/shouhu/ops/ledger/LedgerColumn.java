package org.shouhu.ops.ledger;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of the information ledger (信息台账) as bureaus keep it, with the header the
 * template and exports write (Chinese, the ledger's language), the English one, and the
 * spellings found in real ledgers. A header matches when it equals one of them after
 * {@link #normalize}: full-width characters made half-width, spaces, "*" marks and
 * parentheses dropped, letters lower-cased. The mapping is documented in docs/ledger.md.
 */
public enum LedgerColumn {
    NAME(true, "姓名", "Name", "儿童姓名", "child name", "child's name"),
    SEX(true, "性别", "Sex", "gender"),
    DATE_OF_BIRTH(true, "出生日期", "Date of birth", "出生年月日", "出生年月", "生日", "birth date", "dob"),
    RESIDENT_ID(true, "身份证号", "Resident ID", "身份证号码", "公民身份号码", "居民身份证号码", "身份证",
            "resident id number", "id number"),
    TOWNSHIP(true, "乡镇（街道）", "Township", "乡镇", "街道", "镇街", "所属乡镇", "乡镇街道办", "township street"),
    VILLAGE(true, "村（社区）", "Village", "村", "社区", "村居", "所属村", "村委会", "village community"),
    CATEGORY(true, "儿童类别", "Category", "类别", "儿童类型", "困境儿童类别", "primary category"),
    GUARDIAN_NAME(false, "监护人姓名", "Guardian name", "监护人", "实际监护人", "实际监护人姓名", "guardian"),
    GUARDIAN_RELATION(false, "与儿童关系", "Guardian relation", "监护人与儿童关系", "与儿童的关系", "关系",
            "relation", "relationship"),
    GUARDIAN_PHONE(false, "监护人电话", "Guardian phone", "监护人联系电话", "联系电话", "联系方式", "电话",
            "phone", "guardian phone number"),
    GUARDIAN_CAPACITY(false, "监护能力", "Guardian capacity", "监护人监护能力", "capacity"),
    FATHER(false, "父亲外出务工情况", "Father", "父亲务工情况", "父亲情况", "父亲状况", "father's situation",
            "father migration"),
    MOTHER(false, "母亲外出务工情况", "Mother", "母亲务工情况", "母亲情况", "母亲状况", "mother's situation",
            "mother migration"),
    RESPONSIBLE_WORKER(false, "责任儿童主任", "Responsible worker", "儿童主任", "责任人", "包保责任人",
            "child director", "responsible director"),
    RISK_LEVEL(false, "风险等级", "Risk level", "风险", "风险程度", "risk");

    private final boolean required;
    private final String header;
    private final String englishHeader;
    private final List<String> spellings;

    LedgerColumn(boolean required, String header, String englishHeader, String... variants) {
        this.required = required;
        this.header = header;
        this.englishHeader = englishHeader;
        this.spellings = Stream.concat(Stream.of(header, englishHeader), Stream.of(variants))
                .map(LedgerColumn::normalize).toList();
    }

    public boolean required() {
        return required;
    }

    /** The header the template and the exports write. */
    public String header() {
        return header;
    }

    public String englishHeader() {
        return englishHeader;
    }

    public static Optional<LedgerColumn> matching(String header) {
        String normalized = normalize(header);
        return Stream.of(values()).filter(column -> column.spellings.contains(normalized)).findFirst();
    }

    /** The form headers and values are compared in: what a clerk may type differently but means the same. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\s*()（）:：_]", "")
                .toLowerCase(Locale.ROOT);
    }
}
