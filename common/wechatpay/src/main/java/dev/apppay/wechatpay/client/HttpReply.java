package dev.apppay.wechatpay.client;

import java.util.function.Function;

/**
 * A complete HTTP reply.
 *
 * @param status the HTTP status
 * @param headers a case-insensitive header lookup
 * @param body the raw body bytes, empty when there is none
 */
record HttpReply(int status, Function<String, String> headers, byte[] body) {

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
