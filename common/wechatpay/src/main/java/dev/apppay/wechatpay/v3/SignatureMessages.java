package dev.apppay.wechatpay.v3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds the exact byte sequences that v3 signatures cover. Every line, including the last, ends
 * with {@code \n}; bodies are used byte for byte as sent or received.
 */
public final class SignatureMessages {

  private SignatureMessages() {}

  /** {@code METHOD\nURL\ntimestamp\nnonce\nbody\n}, where URL is the path and query as sent. */
  public static byte[] request(
      String method, String canonicalUrl, long timestamp, String nonce, byte[] body) {
    return lines(method, canonicalUrl, Long.toString(timestamp), nonce).withBody(body);
  }

  /** {@code timestamp\nnonce\nbody\n}, for responses and notifications. */
  public static byte[] response(long timestamp, String nonce, byte[] body) {
    return lines(Long.toString(timestamp), nonce).withBody(body);
  }

  /** {@code appid\ntimestamp\nnoncestr\nprepayid\n}, for the APP client parameters. */
  public static byte[] appPayment(String appId, long timestamp, String nonce, String prepayId) {
    return lines(appId, Long.toString(timestamp), nonce, prepayId).bytes();
  }

  private static Lines lines(String... values) {
    Lines lines = new Lines();
    for (String value : values) {
      lines.add(value.getBytes(StandardCharsets.UTF_8));
    }
    return lines;
  }

  private static final class Lines {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    void add(byte[] line) {
      out.writeBytes(line);
      out.write('\n');
    }

    byte[] withBody(byte[] body) {
      add(body == null ? new byte[0] : body);
      return bytes();
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}
