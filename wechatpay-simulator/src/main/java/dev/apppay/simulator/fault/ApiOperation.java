package dev.apppay.simulator.fault;

/** Merchant API operations that an {@link ApiFault} can target, in v2 and v3 alike. */
public enum ApiOperation {
  PREPAY,
  QUERY,
  CLOSE,
  /** v3 {@code GET /v3/certificates}. */
  CERTIFICATES
}
