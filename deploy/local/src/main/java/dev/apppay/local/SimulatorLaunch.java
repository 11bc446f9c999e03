package dev.apppay.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** How the local stack runs the WeChat Pay simulator's standalone jar. */
final class SimulatorLaunch {

  static final String HEALTH_PATH = "/simulator/health";

  private SimulatorLaunch() {}

  /** Returns the runnable jar, or a path that names what is missing. */
  static Path jar(Path repositoryRoot) {
    Path target = repositoryRoot.resolve("wechatpay-simulator/target");
    if (!Files.isDirectory(target)) {
      return target.resolve("wechatpay-simulator-runner.jar");
    }
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(
              file -> file.getFileName().toString().matches("wechatpay-simulator-.*-runner\\.jar"))
          .findFirst()
          .orElse(target.resolve("wechatpay-simulator-runner.jar"));
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to list " + target, e);
    }
  }

  /** Returns the simulator's settings: the same merchant and keys as the services use. */
  static Map<String, String> environment(int port, Path stateFile, StackKeys keys) {
    Map<String, String> env = new HashMap<>();
    env.put("SIMULATOR_PORT", Integer.toString(port));
    env.put("SIMULATOR_STATE_FILE", stateFile.toString());
    env.put("WECHATPAY_APP_ID", StackKeys.APP_ID);
    env.put("WECHATPAY_MCH_ID", StackKeys.MCH_ID);
    env.put("WECHATPAY_V2_API_KEY", keys.v2ApiKey());
    env.put("WECHATPAY_V3_API_KEY", keys.v3ApiKey());
    env.put("WECHATPAY_V3_MERCHANT_PRIVATE_KEY", keys.merchantPrivateKeyPem());
    env.put("WECHATPAY_V3_MERCHANT_SERIAL_NUMBER", keys.merchantSerialNumber());
    env.put("SIMULATOR_PLATFORM_PRIVATE_KEY", keys.platformPrivateKeyPem());
    env.put("WECHATPAY_V3_PLATFORM_PUBLIC_KEY_ID", keys.platformPublicKeyId());
    return env;
  }
}
