package org.shouhu.query.reports;

import java.math.BigDecimal;
import java.util.Map;

/** The summary as a paragraph, in the manner of the "基本情况" of a bureau's letter, in Chinese or English. */
final class SummaryText {

    private SummaryText() {
    }

    static String zh(Summary s) {
        Map<String, Long> c = s.openCasesByCategory();
        Map<String, Long> w = s.workforceByRole();
        long[] activities = totals(s);
        String area = "district".equals(s.area()) ? "全区" : s.area();
        return "截至" + s.asOf() + "，" + area + "共有留守儿童和困境儿童" + s.openCases() + "名，其中留守儿童"
                + c.get("LEFT_BEHIND") + "名（其中由祖父母或外祖父母监护的" + s.leftBehindByGuardian().get("GRANDPARENTS")
                + "人、其他人监护的" + s.leftBehindByGuardian().get("OTHERS") + "人），" + c.get("DISABLED") + "名未成年残疾人、"
                + c.get("URBAN_SUBSISTENCE") + "名城镇低保未成年人、" + c.get("RURAL_SUBSISTENCE") + "名农村低保未成年人、"
                + c.get("EXTREME_POVERTY") + "名特困未成年人、" + c.get("ORPHAN") + "名孤儿，" + c.get("DE_FACTO_UNSUPPORTED")
                + "名事实无人抚养儿童。现有关爱服务队伍" + s.workforce() + "人，其中儿童督导员" + w.get("CHILD_SUPERVISOR")
                + "名、儿童主任" + w.get("CHILD_DIRECTOR") + "名、社工" + w.get("SOCIAL_WORKER") + "名、网格员"
                + w.get("GRID_WORKER") + "名、爱心妈妈" + w.get("CARING_MOTHER_VOLUNTEER") + "名。" + s.from() + "至"
                + s.asOf() + "，开展巡查巡访" + s.visits() + "次，新开个案帮扶" + s.interventionsOpened() + "件、结案"
                + s.interventionsClosed() + "件，开展关爱活动" + activities[0] + "场次、参与" + activities[1] + "人次、发放宣传资料"
                + activities[2] + "份；有责任儿童主任或督导员的儿童占" + percent(s.coverageRate()) + "。";
    }

    static String en(Summary s) {
        Map<String, Long> c = s.openCasesByCategory();
        Map<String, Long> w = s.workforceByRole();
        long[] activities = totals(s);
        String area = "district".equals(s.area()) ? "the district" : s.area();
        return "As of " + s.asOf() + ", " + area + " has " + s.openCases() + " left-behind children and children in "
                + "difficult situations: " + c.get("LEFT_BEHIND") + " left-behind children (" + s.leftBehindByGuardian()
                .get("GRANDPARENTS") + " in the care of grandparents, " + s.leftBehindByGuardian().get("OTHERS")
                + " in the care of others), " + c.get("DISABLED") + " disabled minors, " + c.get("URBAN_SUBSISTENCE")
                + " minors on urban subsistence allowance, " + c.get("RURAL_SUBSISTENCE")
                + " minors on rural subsistence allowance, " + c.get("EXTREME_POVERTY") + " minors in extreme poverty, "
                + c.get("ORPHAN") + " orphans and " + c.get("DE_FACTO_UNSUPPORTED") + " de facto unsupported children. "
                + "The care workforce counts " + s.workforce() + ": " + w.get("CHILD_SUPERVISOR") + " child supervisors, "
                + w.get("CHILD_DIRECTOR") + " child directors, " + w.get("SOCIAL_WORKER") + " social workers, "
                + w.get("GRID_WORKER") + " grid workers and " + w.get("CARING_MOTHER_VOLUNTEER")
                + " caring-mother volunteers. From " + s.from() + " to " + s.asOf() + ": " + s.visits() + " visits, "
                + s.interventionsOpened() + " interventions opened and " + s.interventionsClosed() + " closed, "
                + activities[0] + " group activities with " + activities[1] + " participants and " + activities[2]
                + " materials distributed; " + percent(s.coverageRate()) + " of open cases have an active responsible worker.";
    }

    private static long[] totals(Summary s) {
        long[] totals = new long[3];
        s.activitiesByType().values().forEach(figures -> {
            totals[0] += figures.activities();
            totals[1] += figures.participants();
            totals[2] += figures.materialsDistributed();
        });
        return totals;
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
