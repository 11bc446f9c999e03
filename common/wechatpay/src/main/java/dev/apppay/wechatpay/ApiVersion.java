package dev.apppay.wechatpay;

/** The WeChat Pay API generation a merchant integration uses. */
public enum ApiVersion {
  /** XML with MD5 or HMAC-SHA256 signatures under the APIv2 key. */
  V2,
  /** JSON with SHA256withRSA signatures and AES-256-GCM encrypted notifications. */
  V3
}
