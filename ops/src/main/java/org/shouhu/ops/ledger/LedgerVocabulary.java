package org.shouhu.ops.ledger;

import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ParentStatus;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.Sex;
import org.shouhu.events.guardianship.GuardianCapacity;
import org.shouhu.events.guardianship.GuardianRelation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words a ledger uses for one kind of value: each value's label (written by exports and
 * the template, the first word given) and the other words clerks write for it. The code names
 * themselves ({@code LEFT_BEHIND}) are understood too. Documented in docs/ledger.md.
 */
public final class LedgerVocabulary<E extends Enum<E>> {

    public static final LedgerVocabulary<Sex> SEX = new LedgerVocabulary<>(Sex.class, Map.of(
            Sex.MALE, List.of("男", "男性", "m", "male"),
            Sex.FEMALE, List.of("女", "女性", "f", "female")));

    public static final LedgerVocabulary<ChildCategory> CATEGORY = new LedgerVocabulary<>(ChildCategory.class, Map.of(
            ChildCategory.LEFT_BEHIND, List.of("留守儿童", "农村留守儿童", "留守"),
            ChildCategory.DISABLED, List.of("残疾儿童", "未成年残疾人", "残疾"),
            ChildCategory.URBAN_SUBSISTENCE, List.of("城镇低保", "城镇低保儿童", "城市低保"),
            ChildCategory.RURAL_SUBSISTENCE, List.of("农村低保", "农村低保儿童"),
            ChildCategory.EXTREME_POVERTY, List.of("特困", "特困儿童", "特困供养"),
            ChildCategory.ORPHAN, List.of("孤儿"),
            ChildCategory.DE_FACTO_UNSUPPORTED, List.of("事实无人抚养儿童", "事实无人抚养")));

    public static final LedgerVocabulary<GuardianRelation> RELATION = new LedgerVocabulary<>(GuardianRelation.class,
            Map.of(GuardianRelation.PATERNAL_GRANDPARENT, List.of("祖父母", "爷爷", "奶奶", "祖父", "祖母", "爷爷奶奶"),
                    GuardianRelation.MATERNAL_GRANDPARENT, List.of("外祖父母", "外公", "外婆", "外祖父", "外祖母",
                            "姥爷", "姥姥"),
                    GuardianRelation.PARENT, List.of("父母", "父亲", "母亲", "父", "母", "爸爸", "妈妈"),
                    GuardianRelation.OTHER_RELATIVE, List.of("其他亲属", "亲属", "叔叔", "伯父", "姑姑", "舅舅", "姨妈",
                            "哥哥", "姐姐"),
                    GuardianRelation.ENTRUSTED_NON_RELATIVE, List.of("委托监护人", "受委托人", "非亲属", "委托监护"),
                    GuardianRelation.INSTITUTION, List.of("监护机构", "机构", "儿童福利机构", "福利院")));

    public static final LedgerVocabulary<GuardianCapacity> CAPACITY = new LedgerVocabulary<>(GuardianCapacity.class,
            Map.of(GuardianCapacity.ADEQUATE, List.of("有监护能力", "有", "具备", "良好"),
                    GuardianCapacity.LIMITED, List.of("监护能力较弱", "较弱", "有限", "部分"),
                    GuardianCapacity.INCAPABLE, List.of("无监护能力", "无", "不具备")));

    public static final LedgerVocabulary<ParentStatus> PARENT = new LedgerVocabulary<>(ParentStatus.class, Map.of(
            ParentStatus.AT_HOME, List.of("在家", "在家务农", "未外出"),
            ParentStatus.MIGRANT_WORKER_IN_PROVINCE, List.of("省内务工", "省内外出务工", "省内"),
            ParentStatus.MIGRANT_WORKER_OUT_OF_PROVINCE, List.of("省外务工", "省外外出务工", "省外", "外省"),
            ParentStatus.INCARCERATED, List.of("服刑", "服刑在押", "在押"),
            ParentStatus.DECEASED, List.of("死亡", "已故", "去世"),
            ParentStatus.MISSING, List.of("失踪", "失联"),
            ParentStatus.UNKNOWN, List.of("不详", "未知")));

    public static final LedgerVocabulary<RiskLevel> RISK = new LedgerVocabulary<>(RiskLevel.class, Map.of(
            RiskLevel.LOW, List.of("低", "低风险"),
            RiskLevel.MEDIUM, List.of("中", "中风险"),
            RiskLevel.HIGH, List.of("高", "高风险"),
            RiskLevel.CRITICAL, List.of("极高", "极高风险", "紧急")));

    private final Class<E> type;
    private final Map<E, String> labels = new HashMap<>();
    private final Map<String, E> words = new HashMap<>();

    private LedgerVocabulary(Class<E> type, Map<E, List<String>> wordsByValue) {
        this.type = type;
        for (E value : type.getEnumConstants()) {
            List<String> said = wordsByValue.get(value);
            if (said == null || said.isEmpty()) {
                throw new IllegalStateException("no words for " + value);
            }
            labels.put(value, said.get(0));
            said.forEach(word -> words.put(LedgerColumn.normalize(word), value));
            words.put(LedgerColumn.normalize(value.name()), value);
        }
    }

    public Optional<E> parse(String text) {
        return Optional.ofNullable(words.get(LedgerColumn.normalize(text)));
    }

    public String label(E value) {
        return labels.get(value);
    }

    /** The labels, for a message that says what a column accepts. */
    public List<String> labels() {
        Map<E, String> ordered = new EnumMap<>(type);
        ordered.putAll(labels);
        return List.copyOf(ordered.values());
    }
}
