package dev.apppay.wechatpay;

import dev.apppay.wechatpay.credential.PemReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * Published WeChat Pay test vectors and the throwaway keys they use, stored byte for byte under
 * {@code src/test/resources/vectors}. None of these keys protects anything real.
 */
public final class Vectors {

  /** APIv2 key of the official v2 signature example. */
  public static final String OFFICIAL_V2_KEY = "192006250b4c09247ec02edce69f6a2d";

  /** APIv2 key of the self-made v2 vectors. */
  public static final String V2_KEY = "8934e7d15453e97507ef794cf7b0519d";

  /** APIv3 key of the self-made v3 vectors. */
  public static final String V3_KEY = "0123456789abcdefghijklmnopqrstuv";

  /** APIv3 key of the official SDK's AES-GCM vectors. */
  public static final String OFFICIAL_V3_KEY = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";

  public static final String APP_ID = "wx0123456789abcdef";
  public static final String MCH_ID = "1900000109";

  /** Merchant id and certificate serial of the official v3 test key. */
  public static final String OFFICIAL_MCH_ID = "1900007291";

  public static final String OFFICIAL_SERIAL = "408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB";

  /** Public key id of the simulated platform key. */
  public static final String PLATFORM_KEY_ID = "PUB_KEY_ID_0119000001092025010100000000000001";

  private Vectors() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test vector " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  public static PrivateKey officialMerchantKey() {
    return PemReader.privateKey(text("official-merchant-key.pem"));
  }

  public static PublicKey officialMerchantPublicKey() {
    return PemReader.publicKey(text("official-merchant-public-key.pem"));
  }

  public static PrivateKey platformKey() {
    return PemReader.privateKey(text("simulated-platform-key.pem"));
  }

  public static PublicKey platformPublicKey() {
    return PemReader.publicKey(text("simulated-platform-public-key.pem"));
  }
}
