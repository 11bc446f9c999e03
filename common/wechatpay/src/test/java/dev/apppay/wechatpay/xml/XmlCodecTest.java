package dev.apppay.wechatpay.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.Vectors;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlCodecTest {

  private final XmlCodec codec = new XmlCodec();

  @Test
  void decodesCdataAndPlainText() {
    Map<String, String> fields = codec.decode(Vectors.bytes("s1-request.xml"));

    assertThat(fields).containsEntry("body", "示例应用-会员充值");
    assertThat(fields).containsEntry("total_fee", "1");
    assertThat(fields).containsEntry("sign", "C29509168F6E47747FA8D01427D1EE36");
  }

  @Test
  void decodeKeepsDocumentOrder() {
    Map<String, String> fields = codec.decode(Vectors.bytes("s1-request.xml"));

    assertThat(fields.keySet()).startsWith("appid", "mch_id", "nonce_str", "body");
  }

  @Test
  void decodesWhitespaceAndEscapes() {
    String xml = "<?xml version=\"1.0\"?>\n<xml>\n  <a>x &amp; &lt;y&gt;</a>\n  <b></b>\n</xml>\n";

    Map<String, String> fields = codec.decode(xml);

    assertThat(fields).containsExactly(Map.entry("a", "x & <y>"), Map.entry("b", ""));
  }

  @Test
  void decodesSplitCdata() {
    Map<String, String> fields = codec.decode("<xml><a><![CDATA[x]]]]><![CDATA[>y]]></a></xml>");

    assertThat(fields).containsEntry("a", "x]]>y");
  }

  @Test
  void encodesReplyFormat() {
    Map<String, String> reply = new LinkedHashMap<>();
    reply.put("return_code", "SUCCESS");
    reply.put("return_msg", "OK");

    assertThat(codec.encode(reply))
        .isEqualTo(
            "<xml><return_code><![CDATA[SUCCESS]]></return_code>"
                + "<return_msg><![CDATA[OK]]></return_msg></xml>");
  }

  @Test
  void encodeSplitsCdataTerminator() {
    assertThat(codec.encode(Map.of("a", "x]]>y")))
        .isEqualTo("<xml><a><![CDATA[x]]]]><![CDATA[>y]]></a></xml>");
  }

  @Test
  void encodeRoundTripsSpecialCharacters() {
    Map<String, String> fields = Map.of("body", "中文 & < > = \" ' ]]> ]]]>");

    assertThat(codec.decode(codec.encode(fields))).isEqualTo(fields);
  }

  @Test
  void encodeRejectsInvalidName() {
    assertThatThrownBy(() -> codec.encode(Map.of("a b", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid XML field name [a b]");
  }

  @Test
  void duplicateElementRejected() {
    assertThatThrownBy(() -> codec.decode("<xml><a>1</a><a>2</a></xml>"))
        .isInstanceOf(XmlFormatException.class)
        .hasMessage("XML body has a duplicate element [a]");
  }

  @Test
  void nestedElementRejected() {
    assertThatThrownBy(() -> codec.decode("<xml><a><b>1</b></a></xml>"))
        .isInstanceOf(XmlFormatException.class)
        .hasMessage("XML body has an unexpected nested element inside element [a]");
  }

  @Test
  void textOutsideFieldsRejected() {
    assertThatThrownBy(() -> codec.decode("<xml>junk<a>1</a></xml>"))
        .isInstanceOf(XmlFormatException.class)
        .hasMessage("XML body has text outside the field elements");
  }

  @Test
  void oversizedBodyRejected() {
    XmlCodec small = new XmlCodec(new XmlLimits(32, 10));

    assertThatThrownBy(() -> small.decode("<xml><a>" + "x".repeat(40) + "</a></xml>"))
        .isInstanceOf(XmlFormatException.class)
        .hasMessage("XML body of 58 bytes exceeds the limit of 32");
  }

  @Test
  void tooManyElementsRejected() {
    XmlCodec small = new XmlCodec(new XmlLimits(1024, 2));

    assertThatThrownBy(() -> small.decode("<xml><a>1</a><b>2</b><c>3</c></xml>"))
        .isInstanceOf(XmlFormatException.class)
        .hasMessage("XML body has more than 2 elements");
  }

  @Test
  void malformedXmlRejected() {
    assertThatThrownBy(() -> codec.decode("<xml><a>1</xml>"))
        .isInstanceOf(XmlFormatException.class)
        .hasMessageStartingWith("XML body is not well-formed");
  }

  @Test
  void emptyBodyRejected() {
    assertThatThrownBy(() -> codec.decode(new byte[0]))
        .isInstanceOf(XmlFormatException.class)
        .hasMessageStartingWith("XML body is not well-formed");
  }

  @Test
  void invalidUtf8Rejected() {
    byte[] body = {'<', 'x', 'm', 'l', '>', (byte) 0xC3, '<', '/', 'x', 'm', 'l', '>'};

    assertThatThrownBy(() -> codec.decode(body))
        .isInstanceOf(XmlFormatException.class)
        .hasMessage("XML body is not valid UTF-8");
  }
}
