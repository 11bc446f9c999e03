package dev.apppay.wechatpay.xml;

/** A v2 XML body that is unsafe, too large or not the flat {@code <xml>} form WeChat Pay uses. */
public final class XmlFormatException extends RuntimeException {

  public XmlFormatException(String message) {
    super(message);
  }

  public XmlFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
