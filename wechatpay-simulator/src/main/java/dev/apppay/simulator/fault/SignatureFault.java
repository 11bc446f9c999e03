package dev.apppay.simulator.fault;

/** How a notification's signature is corrupted. */
public enum SignatureFault {
  /** The signature is correct. */
  NONE,
  /** The signature is altered, so verification fails. */
  INVALID,
  /**
   * v3: the signature is a {@code WECHATPAY/SIGNTEST/} probe, which WeChat Pay sends to check that
   * merchants verify. v2 has no probe, so a v2 notification gets an altered signature instead.
   */
  SIGNTEST
}
