package dev.apppay.simulator;

/** The identification of the platform key that signs v3 replies and notifications. */
public enum PlatformKeyMode {
  /**
   * WeChat Pay public key mode, the default for merchants onboarded since late 2024: {@code
   * Wechatpay-Serial} is the {@code PUB_KEY_ID_...} and {@code GET /v3/certificates} returns 404.
   */
  PUBLIC_KEY,
  /**
   * Platform certificate mode: {@code Wechatpay-Serial} is the certificate serial, and {@code GET
   * /v3/certificates} returns the encrypted certificate. A request whose {@code Wechatpay-Serial}
   * names the public key id gets a reply signed in public key mode, as WeChat Pay does while a
   * merchant switches from certificates to the public key.
   */
  CERTIFICATE
}
