package org.shouhu.ops.ledger.exports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.ops.ledger.LedgerVocabulary;
import org.shouhu.query.reports.Summary;
import org.shouhu.query.reports.SummarySpreadsheet;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * The summary report as a workbook the bureau hands upward: one line per figure, its label in
 * Chinese (or English) and its value as a number, so that sheets of several areas can be summed.
 */
@Component
public class SummaryWorkbook implements SummarySpreadsheet {

    private static final Map<String, String> ROLES_ZH = Map.of("CHILD_SUPERVISOR", "儿童督导员",
            "CHILD_DIRECTOR", "儿童主任", "SOCIAL_WORKER", "社工", "GRID_WORKER", "网格员",
            "CARING_MOTHER_VOLUNTEER", "爱心妈妈");
    private static final Map<String, String> ACTIVITIES_ZH = Map.of("LEGAL_EDUCATION", "法治宣传教育活动",
            "THEMED_LECTURE", "主题讲座", "COUNSELLING_SESSION", "心理辅导", "LEGAL_CONSULTATION", "法律咨询",
            "OTHER", "其他活动");

    @Override
    public void write(Summary summary, boolean english, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Lines lines = new Lines(workbook.createSheet(english ? "Summary" : "基本情况"), english);
            lines.text("截至", "As of", summary.asOf().toString());
            lines.text("期间自", "From", summary.from().toString());
            lines.text("范围", "Area", "district".equals(summary.area()) ? (english ? "district" : "全区") : summary.area());
            lines.number("在册儿童", "Open cases", summary.openCases());
            summary.openCasesByCategory().forEach((category, count) -> lines.number(
                    "其中：" + LedgerVocabulary.CATEGORY.label(ChildCategory.valueOf(category)), "of which " + category,
                    count));
            lines.number("留守儿童由祖父母或外祖父母监护", "Left-behind, cared for by grandparents",
                    summary.leftBehindByGuardian().getOrDefault("GRANDPARENTS", 0L));
            lines.number("留守儿童由其他人监护", "Left-behind, cared for by others",
                    summary.leftBehindByGuardian().getOrDefault("OTHERS", 0L));
            lines.number("关爱服务队伍", "Care workforce", summary.workforce());
            summary.workforceByRole().forEach((role, count) -> lines.number("其中：" + ROLES_ZH.getOrDefault(role, role),
                    "of which " + role, count));
            lines.number("巡查巡访（次）", "Visits", summary.visits());
            lines.number("新开个案帮扶（件）", "Interventions opened", summary.interventionsOpened());
            lines.number("结案（件）", "Interventions closed", summary.interventionsClosed());
            summary.activitiesByType().forEach((type, figures) -> {
                String zh = ACTIVITIES_ZH.getOrDefault(type, type);
                lines.number(zh + "（场次）", type + " activities", figures.activities());
                lines.number(zh + "（参与人次）", type + " participants", figures.participants());
                lines.number(zh + "（发放资料份数）", type + " materials distributed", figures.materialsDistributed());
            });
            if (summary.coverageRate() != null) {
                lines.number("有责任儿童主任的儿童占比", "Coverage rate", summary.coverageRate().doubleValue());
            }
            workbook.write(out);
        }
    }

    /** The lines of the sheet: a label and a value each. */
    private static final class Lines {

        private final Sheet sheet;
        private final boolean english;
        private int next;

        Lines(Sheet sheet, boolean english) {
            this.sheet = sheet;
            this.english = english;
        }

        void text(String zh, String en, String value) {
            line(zh, en).createCell(1).setCellValue(value);
        }

        void number(String zh, String en, double value) {
            line(zh, en).createCell(1).setCellValue(value);
        }

        private Row line(String zh, String en) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(english ? en : zh);
            return row;
        }
    }
}
