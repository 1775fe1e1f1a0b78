package org.shouhu.ops.demo;

import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.Reason;
import org.shouhu.events.concerns.ConcernSource;
import org.shouhu.events.guardianship.GuardianRelation;
import org.shouhu.events.interventions.InterventionOutcome;
import org.shouhu.events.interventions.InterventionType;
import org.shouhu.events.visits.RiskIndicator;
import org.shouhu.events.visits.VisitKind;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The words of the demo history, as a village child director would write them: visit findings,
 * concern descriptions, intervention goals and notes, and the reasons of changes. None of them
 * names a person.
 */
final class DemoTexts {

    static final Reason RESPONSIBLE_DIRECTOR = new Reason("本村儿童主任负责日常巡访");

    private final DemoDice dice;

    DemoTexts(DemoDice dice) {
        this.dice = dice;
    }

    Reason riskAssessment(RiskLevel level) {
        return new Reason(switch (level) {
            case LOW -> "入户评估：监护照料到位";
            case MEDIUM -> "入户评估：照料存在不足，需加密巡访";
            case HIGH -> "入户评估：存在明显风险因素，列为重点关注";
            case CRITICAL -> "入户评估：存在严重风险，需立即干预";
        });
    }

    Notes visitFindings(VisitKind kind, boolean childSeen, List<RiskIndicator> indicators, int ageAtVisit,
                        boolean leftBehind) {
        String how = switch (kind) {
            case HOME -> childSeen ? "入户走访，孩子在家" : "入户走访，孩子去亲戚家未见到，与监护人面谈";
            case SCHOOL -> childSeen ? "到校了解，与孩子和班主任交谈" : "到校了解，孩子请假未见到，与班主任交谈";
            case PHONE -> childSeen ? "视频回访，与孩子和监护人通话" : "电话回访监护人";
            case OTHER -> childSeen ? "在村委会见到孩子" : "向村干部了解情况";
        };
        String what;
        if (indicators.isEmpty()) {
            what = ageAtVisit < 3
                    ? dice.one(List.of("幼儿身体发育正常，监护人照料细心。", "幼儿按时接种疫苗，饮食起居有人照料。"))
                    : dice.one(List.of("孩子精神状态良好，饮食起居有人照料。", "孩子身体健康，学习生活正常。",
                    "家中整洁，监护人照料用心，孩子按时上学。", "孩子常与在外务工的家长视频通话，情绪稳定。"));
            if (!leftBehind && what.contains("务工")) {
                what = "孩子精神状态良好，饮食起居有人照料。";
            }
        } else {
            what = indicators.stream().map(indicator -> phrase(indicator, leftBehind))
                    .collect(Collectors.joining("；")) + "。";
        }
        return new Notes(how + "。" + what);
    }

    private static String phrase(RiskIndicator indicator, boolean leftBehind) {
        return switch (indicator) {
            case NO_ADULT_CARE -> "孩子常独自在家，无成人照看";
            case GUARDIAN_UNABLE_TO_CARE -> "监护人照料能力不足，力不从心";
            case SIGNS_OF_NEGLECT -> "衣着单薄，饮食不规律";
            case SIGNS_OF_ABUSE -> "身上有不明伤痕，已按规定报告";
            case OUT_OF_SCHOOL -> "近期未到校上学";
            case HEALTH_PROBLEM -> "身体不适，需就医复查";
            case PSYCHOLOGICAL_DISTRESS -> leftBehind ? "情绪低落，想念在外务工的亲人" : "情绪低落，不愿与人交流";
            case UNSAFE_HOUSING -> "住房老旧，存在安全隐患";
            case AT_RISK_OF_OFFENDING -> "常与社会闲散人员来往，夜不归宿";
            case OTHER -> "另有情况需跟进";
        };
    }

    Notes concern(ConcernSource source) {
        return new Notes(switch (source) {
            case VISIT -> dice.one(List.of("巡访发现监护人年老体弱，孩子日常生活缺乏照料。",
                    "巡访发现孩子情绪低落，不愿与人交流。"));
            case SCHOOL -> dice.one(List.of("班主任反映孩子近两周多次缺课，作业长期未完成。",
                    "学校反映孩子在校与同学发生冲突，情绪不稳定。"));
            case NEIGHBOUR -> dice.one(List.of("邻居反映孩子经常独自在家，饭点无人照看。",
                    "邻居反映孩子晚上常在外游荡，很晚才回家。"));
            case GUARDIAN -> dice.one(List.of("监护人反映孩子沉迷手机，不愿上学。",
                    "监护人反映自己身体不好，担心无力照顾孩子。"));
            case CHILD -> "孩子向老师求助，称在家中感到害怕。";
            case POLICE -> "派出所通报孩子夜不归宿，与社会闲散人员接触。";
            case HOSPITAL -> "医院反映孩子患病未得到及时治疗。";
            case HOTLINE -> "热线来电反映孩子身上有伤痕，疑似遭受体罚。";
            case OTHER -> "村（社区）干部反映孩子家庭出现变故，需要关注。";
        });
    }

    Notes goal(InterventionType type) {
        return new Notes(switch (type) {
            case ONE_TO_ONE_ASSISTANCE -> "落实一对一帮扶，每月至少两次上门关心孩子的生活和学习。";
            case PSYCHOLOGICAL_COUNSELLING -> "每周一次心理辅导，帮助孩子稳定情绪、恢复正常学习生活。";
            case LEGAL_EDUCATION -> "开展法治教育，增强孩子守法意识和自我保护能力。";
            case LEGAL_AID -> "协助监护人申请法律援助。";
            case EDUCATION_SUPPORT -> "联系学校落实学业帮扶，帮助孩子按时返校上课。";
            case MEDICAL_ASSISTANCE -> "协助就医并申请医疗救助。";
            case LIVING_ASSISTANCE -> "申请临时救助，改善孩子的生活条件。";
            case REFERRAL_POLICE -> "报告公安机关，配合调查并保障孩子安全。";
            case REFERRAL_COURT -> "协助向人民法院申请人身安全保护令。";
            case REFERRAL_SCHOOL -> "转介学校，由班主任和心理老师共同跟进。";
            case OTHER -> "协调村（社区）和学校共同关注孩子情况。";
        });
    }

    Notes progress(InterventionType type) {
        return new Notes(switch (type) {
            case PSYCHOLOGICAL_COUNSELLING -> "已完成前两次辅导，孩子愿意交流，情绪有所好转。";
            case EDUCATION_SUPPORT, REFERRAL_SCHOOL -> "已与学校沟通，班主任每周反馈孩子在校情况。";
            case MEDICAL_ASSISTANCE -> "已陪同就医，医疗救助申请已提交。";
            case LIVING_ASSISTANCE -> "临时救助申请已提交镇民政办，正在审核。";
            case LEGAL_EDUCATION, LEGAL_AID -> "已开展一次法治教育谈话，孩子表示会遵守纪律。";
            case REFERRAL_POLICE, REFERRAL_COURT -> "公安机关已受理，孩子暂由亲属照看，安全有保障。";
            case ONE_TO_ONE_ASSISTANCE, OTHER -> "帮扶人已上门两次，孩子生活学习情况有所改善。";
        });
    }

    Notes outcome(InterventionOutcome outcome) {
        return new Notes(switch (outcome) {
            case GOAL_MET -> "目标达成，孩子生活学习恢复正常，转入常规巡访。";
            case PARTLY_MET -> "情况有所改善，仍需在巡访中继续关注。";
            case NOT_MET -> "效果不明显，已调整帮扶方案另行跟进。";
            case CHILD_LEFT -> "孩子随家人迁出，本次干预结束。";
            case OTHER -> "因家庭情况变化结束本次干预。";
        });
    }

    Reason guardianshipChange(GuardianRelation from, GuardianRelation to) {
        if (from == GuardianRelation.PATERNAL_GRANDPARENT && to == GuardianRelation.MATERNAL_GRANDPARENT) {
            return new Reason(dice.one(List.of("祖母生病住院，改由外祖父母监护", "祖父母年迈多病，改由外祖父母监护")));
        }
        if (from == GuardianRelation.MATERNAL_GRANDPARENT && to == GuardianRelation.PATERNAL_GRANDPARENT) {
            return new Reason(dice.one(List.of("外祖母生病住院，改由祖父母监护", "外祖父去世，改由祖父母监护")));
        }
        return new Reason(dice.one(List.of("原监护亲属外出务工，改由其他亲属监护", "原监护亲属身体不好，改由其他亲属监护")));
    }

    Reason closure(ChildCategory category) {
        return new Reason(category == ChildCategory.LEFT_BEHIND
                ? dice.one(List.of("父母返乡就业，不再属于留守儿童", "随父母迁往成都生活，档案移交迁入地"))
                : dice.one(List.of("随家庭迁出本区，档案移交迁入地", "家庭情况好转，经评估不再需要重点关注")));
    }
}
