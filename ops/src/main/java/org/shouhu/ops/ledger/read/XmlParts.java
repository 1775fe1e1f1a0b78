package org.shouhu.ops.ledger.read;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams one XML part of an uploaded workbook through a handler with POI's hardened SAX parser
 * (no DTDs, no external entities, bounded entity expansion): the file comes from outside.
 */
final class XmlParts {

    private XmlParts() {
    }

    static void parse(InputStream xml, ContentHandler handler) throws IOException, SAXException {
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser is available", e);
        }
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
    }
}
