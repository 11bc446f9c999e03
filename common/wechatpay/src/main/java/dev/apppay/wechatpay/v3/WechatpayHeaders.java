package dev.apppay.wechatpay.v3;

/** Names of the v3 HTTP headers and the signature scheme. */
public final class WechatpayHeaders {

  public static final String AUTHORIZATION = "Authorization";
  public static final String TIMESTAMP = "Wechatpay-Timestamp";
  public static final String NONCE = "Wechatpay-Nonce";
  public static final String SIGNATURE = "Wechatpay-Signature";
  public static final String SERIAL = "Wechatpay-Serial";
  public static final String SIGNATURE_TYPE = "Wechatpay-Signature-Type";
  public static final String REQUEST_ID = "Request-ID";

  /** The only signature scheme: SHA256withRSA over 2048-bit keys. */
  public static final String SCHEME = "WECHATPAY2-SHA256-RSA2048";

  private WechatpayHeaders() {}
}
