package dev.apppay.wechatpay.xml;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX reader for one flat document. The JDK's own factory is used, never one found on the class
 * path, and it is configured to refuse DTDs and external entities as a second line of defence.
 */
final class FlatXmlReader {

  private static final XMLInputFactory FACTORY = hardenedFactory();

  private final int maxElements;
  private final Map<String, String> fields = new LinkedHashMap<>();

  FlatXmlReader(int maxElements) {
    this.maxElements = maxElements;
  }

  Map<String, String> read(String text) {
    try {
      XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(text));
      try {
        readRoot(reader);
        return fields;
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new XmlFormatException("XML body is not well-formed: " + e.getMessage(), e);
    }
  }

  private void readRoot(XMLStreamReader reader) throws XMLStreamException {
    if (nextTag(reader) != XMLStreamConstants.START_ELEMENT) {
      throw new XmlFormatException("XML body has no root element");
    }
    int event;
    while ((event = nextTag(reader)) == XMLStreamConstants.START_ELEMENT) {
      readField(reader);
    }
    if (event != XMLStreamConstants.END_ELEMENT) {
      throw new XmlFormatException("XML root element is not closed");
    }
    if (nextTag(reader) != XMLStreamConstants.END_DOCUMENT) {
      throw new XmlFormatException("XML body has content after the root element");
    }
  }

  private void readField(XMLStreamReader reader) throws XMLStreamException {
    String name = reader.getLocalName();
    if (fields.size() >= maxElements) {
      throw new XmlFormatException("XML body has more than " + maxElements + " elements");
    }
    if (fields.containsKey(name)) {
      throw new XmlFormatException("XML body has a duplicate element [" + name + "]");
    }
    fields.put(name, readText(reader, name));
  }

  private static String readText(XMLStreamReader reader, String name) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(reader.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          return text.toString();
        }
        case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {}
        default -> throw unexpected(event, "inside element [" + name + "]");
      }
    }
  }

  /** Skips whitespace, comments and processing instructions; rejects text and DTD events. */
  private static int nextTag(XMLStreamReader reader) throws XMLStreamException {
    while (true) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT,
            XMLStreamConstants.END_ELEMENT,
            XMLStreamConstants.END_DOCUMENT -> {
          return event;
        }
        case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {}
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> requireWhitespace(reader);
        default -> throw unexpected(event, "between elements");
      }
    }
  }

  private static void requireWhitespace(XMLStreamReader reader) {
    if (!reader.isWhiteSpace()) {
      throw new XmlFormatException("XML body has text outside the field elements");
    }
  }

  private static XmlFormatException unexpected(int event, String where) {
    String kind = event == XMLStreamConstants.START_ELEMENT ? "nested element" : "event " + event;
    return new XmlFormatException("XML body has an unexpected " + kind + " " + where);
  }

  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }
}
