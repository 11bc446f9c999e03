package dev.apppay.wechatpay.xml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and writes the flat XML documents of API v2: one root element, one child element per field,
 * values as text or CDATA. Reading rejects DTDs and entity declarations before any parsing, so no
 * external entity is ever resolved, and rejects oversized bodies, too many elements, nested
 * elements and duplicate fields.
 */
public final class XmlCodec {

  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final XmlLimits limits;

  public XmlCodec() {
    this(XmlLimits.DEFAULT);
  }

  public XmlCodec(XmlLimits limits) {
    this.limits = limits;
  }

  /** Parses a UTF-8 body into its fields, in document order. */
  public Map<String, String> decode(byte[] body) {
    if (body.length > limits.maxBytes()) {
      throw new XmlFormatException(
          "XML body of " + body.length + " bytes exceeds the limit of " + limits.maxBytes());
    }
    String text = decodeUtf8(body);
    rejectDeclarations(text);
    return new FlatXmlReader(limits.maxElements()).read(text);
  }

  /** Parses a body already held as text. */
  public Map<String, String> decode(String body) {
    return decode(body.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the fields under {@code <xml>}, every value in CDATA, in the map's order. */
  public String encode(Map<String, String> fields) {
    StringBuilder xml = new StringBuilder("<xml>");
    fields.forEach((name, value) -> appendField(xml, name, value));
    return xml.append("</xml>").toString();
  }

  private static void appendField(StringBuilder xml, String name, String value) {
    if (!FIELD_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Invalid XML field name [" + name + "]");
    }
    if (value == null) {
      return;
    }
    xml.append('<').append(name).append("><![CDATA[");
    // A "]]>" inside the value would end the section, so close it after "]]" and reopen.
    xml.append(value.replace("]]>", "]]]]><![CDATA[>"));
    xml.append("]]></").append(name).append('>');
  }

  private static String decodeUtf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new XmlFormatException("XML body is not valid UTF-8", e);
    }
  }

  private static void rejectDeclarations(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
      throw new XmlFormatException("XML body contains a DOCTYPE or ENTITY declaration");
    }
  }
}
