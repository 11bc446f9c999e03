package dev.apppay.simulator.config;

import dev.apppay.simulator.SimulatorCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the simulator's test credentials as environment variables for the services, so that a
 * local stack can start them against a simulator with generated keys. The PEM keys go into files
 * beside it, and the variables hold their paths.
 */
public final class CredentialsExport {

  private CredentialsExport() {}

  /** Writes {@code file} (KEY=value lines) and the two PEM files beside it, readable by owner. */
  public static void write(Path file, String baseUrl, SimulatorCredentials credentials) {
    Path directory = file.toAbsolutePath().getParent();
    Path merchantKey = directory.resolve("merchant-private-key.pem");
    Path platformKey = directory.resolve("platform-public-key.pem");
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("WECHATPAY_BASE_URL", baseUrl);
    variables.put("WECHATPAY_APP_ID", credentials.appId());
    variables.put("WECHATPAY_MCH_ID", credentials.mchId());
    variables.put("WECHATPAY_V2_API_KEY", credentials.v2ApiKey());
    variables.put("WECHATPAY_V3_API_KEY", credentials.v3ApiKey());
    variables.put("WECHATPAY_V3_MERCHANT_PRIVATE_KEY", merchantKey.toString());
    variables.put("WECHATPAY_V3_MERCHANT_SERIAL_NUMBER", credentials.merchantSerialNumber());
    variables.put("WECHATPAY_V3_PLATFORM_PUBLIC_KEY", platformKey.toString());
    variables.put("WECHATPAY_V3_PLATFORM_PUBLIC_KEY_ID", credentials.platformPublicKeyId());

    StringBuilder text = new StringBuilder();
    variables.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
    try {
      Files.createDirectories(directory);
      writePrivate(merchantKey, credentials.merchantPrivateKey());
      writePrivate(platformKey, credentials.platformPublicKey());
      writePrivate(file, text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to write simulator credentials to " + file, e);
    }
  }

  private static void writePrivate(Path target, String content) throws IOException {
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    Files.writeString(temporary, content);
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: keep the default permissions.
    }
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
