package org.shouhu.ops.ledger.read;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * An .xlsx opened read-only, part by part, without ever building the workbook in memory: the
 * zip stays on disk and each part is inflated as a stream, with POI's zip-bomb checks on.
 * Tells a workbook from the other zip-based files clerks upload by mistake (.docx, .pptx, .xlsb,
 * plain zips), and turns POI's many ways of reporting a broken file into one clerk-facing
 * problem.
 */
final class WorkbookPackage implements AutoCloseable {

    /** The main parts a spreadsheet package may have that XSSFReader reads. */
    private static final Set<String> WORKBOOK_CONTENT_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private final OPCPackage pkg;
    private final XSSFReader reader;

    private WorkbookPackage(OPCPackage pkg, XSSFReader reader) {
        this.pkg = pkg;
        this.reader = reader;
    }

    /** Checks that {@code file} is a readable workbook, without reading any sheet. */
    static void probe(Path file) {
        open(file).close();
    }

    /**
     * @throws LedgerFileException ({@code file.not-a-spreadsheet}) when the file is not a zip,
     *                             not an OOXML package, or not a workbook
     */
    static WorkbookPackage open(Path file) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            // POI reports a broken zip or package through several unchecked exceptions as well
            throw FileProblems.unreadableWorkbook(e);
        }
        boolean workbook;
        try {
            workbook = hasWorkbookPart(pkg);
        } catch (RuntimeException e) {
            pkg.revert();
            throw FileProblems.unreadableWorkbook(e);
        }
        if (!workbook) {
            pkg.revert();
            throw FileProblems.notASpreadsheet();
        }
        try {
            return new WorkbookPackage(pkg, new XSSFReader(pkg));
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            pkg.revert();
            throw FileProblems.unreadableWorkbook(e);
        }
    }

    private static boolean hasWorkbookPart(OPCPackage pkg) {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.size() == 0) {
            return false;
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        return part != null && WORKBOOK_CONTENT_TYPES.contains(part.getContentType());
    }

    /**
     * How to turn the sheet's raw cell values into text: the shared strings (read once; the
     * only part kept in memory, as every streaming reader of .xlsx must), the cell formats and
     * the workbook's date system.
     */
    CellText cellText() {
        try {
            return new CellText(
                    new ReadOnlySharedStringsTable(pkg, false),
                    new DateStyles(reader.getStylesTable()),
                    DateSystem.is1904(reader.getWorkbookData()));
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw FileProblems.unreadableWorkbook(e);
        }
    }

    /**
     * The XML of the first worksheet in the workbook's sheet order (which is not the order of
     * the part names), skipping chart sheets; the caller closes it.
     */
    InputStream firstWorksheet() {
        try {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                InputStream sheet = sheets.next();
                if (XSSFRelation.WORKSHEET.getContentType().equals(sheets.getSheetPart().getContentType())) {
                    return sheet;
                }
                sheet.close();
            }
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw FileProblems.unreadableWorkbook(e);
        }
        throw FileProblems.noWorksheet();
    }

    /** Reverts rather than closes: closing a package means saving it, which read-only ones must not. */
    @Override
    public void close() {
        pkg.revert();
    }
}
