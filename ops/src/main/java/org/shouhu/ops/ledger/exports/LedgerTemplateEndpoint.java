package org.shouhu.ops.ledger.exports;

import jakarta.servlet.http.HttpServletResponse;
import org.shouhu.ops.ledger.LedgerColumn;
import org.shouhu.ops.ledger.LedgerVocabulary;
import org.shouhu.query.paging.InvalidParameter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/imports/template?format=xlsx|csv}: an empty ledger with the columns an
 * import reads, as exports write them. The .xlsx has a second sheet (填写说明) that says for
 * each column whether it is required and which words it takes.
 */
@RestController
public class LedgerTemplateEndpoint {

    private static final Map<LedgerColumn, LedgerVocabulary<?>> WORDS = Map.of(
            LedgerColumn.SEX, LedgerVocabulary.SEX, LedgerColumn.CATEGORY, LedgerVocabulary.CATEGORY,
            LedgerColumn.GUARDIAN_RELATION, LedgerVocabulary.RELATION,
            LedgerColumn.GUARDIAN_CAPACITY, LedgerVocabulary.CAPACITY, LedgerColumn.FATHER, LedgerVocabulary.PARENT,
            LedgerColumn.MOTHER, LedgerVocabulary.PARENT, LedgerColumn.RISK_LEVEL, LedgerVocabulary.RISK);
    private static final Map<LedgerColumn, String> NOTES = Map.of(
            LedgerColumn.DATE_OF_BIRTH, "2015-03-12、2015/3/12、2015年3月12日 或日期格式单元格",
            LedgerColumn.RESIDENT_ID, "18位，单元格设为文本格式 (format the column as text)",
            LedgerColumn.RESPONSIBLE_WORKER, "儿童主任姓名或工作人员编号 (name or worker id)");

    @GetMapping("/api/v1/imports/template")
    public void template(@RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response)
            throws IOException {
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw new InvalidParameter("format", "enum", "format must be xlsx or csv");
        }
        response.setContentType(format.equals("xlsx") ? LedgerSheet.XLSX_MEDIA_TYPE : LedgerSheet.CSV_MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("ledger-template." + format, StandardCharsets.UTF_8).build().toString());
        try (LedgerSheet sheet = LedgerSheet.open(format, response.getOutputStream(), "台账")) {
            sheet.row(LedgerLines.header());
            if (sheet instanceof XlsxSheet workbook) {
                workbook.nextSheet("填写说明");
                workbook.row(List.of("列 (column)", "English", "必填 (required)", "填写 (values)"));
                for (LedgerColumn column : LedgerColumn.values()) {
                    workbook.row(List.of(column.header(), column.englishHeader(), column.required() ? "是 yes" : "否 no",
                            explanation(column)));
                }
            }
        }
    }

    private static String explanation(LedgerColumn column) {
        LedgerVocabulary<?> words = WORDS.get(column);
        return words != null ? String.join("、", words.labels()) : NOTES.getOrDefault(column, "");
    }
}
