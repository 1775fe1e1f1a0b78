package org.shouhu.ops.ledger.read;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads which date system the workbook counts its date serials in. Workbooks made on older Macs
 * count days from 1904-01-01 instead of 1900-01-01, four years apart: reading one in the wrong
 * system would shift every date of birth by four years without anything looking wrong.
 */
final class DateSystem extends DefaultHandler {

    private static final String WORKBOOK_PROPERTIES = "workbookPr";
    private static final String DATE_1904 = "date1904";

    private boolean date1904;

    private DateSystem() {
    }

    /** Whether the workbook part {@code workbookXml} (which this closes) sets the 1904 date system. */
    static boolean is1904(InputStream workbookXml) throws IOException, SAXException {
        DateSystem handler = new DateSystem();
        try (workbookXml) {
            XmlParts.parse(workbookXml, handler);
        }
        return handler.date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (WORKBOOK_PROPERTIES.equals(localName)) {
            String value = attributes.getValue(DATE_1904);
            // xsd:boolean
            date1904 = "1".equals(value) || "true".equals(value);
        }
    }
}
