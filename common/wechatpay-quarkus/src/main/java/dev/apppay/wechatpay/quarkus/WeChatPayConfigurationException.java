package dev.apppay.wechatpay.quarkus;

/** A missing or invalid {@code wechatpay.*} property; the message names the property. */
public class WeChatPayConfigurationException extends RuntimeException {

  public WeChatPayConfigurationException(String message) {
    super(message);
  }

  public WeChatPayConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
