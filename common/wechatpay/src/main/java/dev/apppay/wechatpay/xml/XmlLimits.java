package dev.apppay.wechatpay.xml;

/**
 * Bounds applied before and while parsing a v2 body.
 *
 * @param maxBytes largest accepted body in bytes
 * @param maxElements largest accepted number of child elements under the root
 */
public record XmlLimits(int maxBytes, int maxElements) {

  /**
   * 64 KiB and 256 elements: the largest documented v2 message (an order query with coupon fields
   * and a 6144-character {@code detail}) is well inside both.
   */
  public static final XmlLimits DEFAULT = new XmlLimits(64 * 1024, 256);

  public XmlLimits {
    if (maxBytes <= 0 || maxElements <= 0) {
      throw new IllegalArgumentException("XML limits must be positive");
    }
  }
}
