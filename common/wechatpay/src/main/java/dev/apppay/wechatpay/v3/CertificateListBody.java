package dev.apppay.wechatpay.v3;

import java.util.List;

/**
 * The JSON body of {@code GET /v3/certificates}: platform certificates encrypted with the APIv3
 * key.
 */
public record CertificateListBody(List<Entry> data) {

  /** The request path, with the algorithm the official SDK asks for. */
  public static final String PATH = "/v3/certificates?algorithm_type=RSA";

  /** One certificate with its validity and its encrypted PEM. */
  public record Entry(
      String serialNo,
      String effectiveTime,
      String expireTime,
      NotificationEnvelope.Resource encryptCertificate) {}
}
