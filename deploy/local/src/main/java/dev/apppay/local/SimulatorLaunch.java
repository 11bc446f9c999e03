package dev.apppay.local;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** How the local stack runs the WeChat Pay simulator's standalone jar. */
final class SimulatorLaunch {

  // TODO: align the jar name, health path and variable names with the simulator's README.
  static final String HEALTH_PATH = "/simulator/health";

  private SimulatorLaunch() {}

  static Path jar(Path repositoryRoot) {
    return repositoryRoot.resolve("wechatpay-simulator/target/wechatpay-simulator-runner.jar");
  }

  static Map<String, String> environment(int port, Path stateFile, StackKeys keys) {
    Map<String, String> env = new HashMap<>();
    env.put("SIMULATOR_PORT", Integer.toString(port));
    env.put("SIMULATOR_STATE_FILE", stateFile.toString());
    env.put("SIMULATOR_APP_ID", StackKeys.APP_ID);
    env.put("SIMULATOR_MCH_ID", StackKeys.MCH_ID);
    env.put("SIMULATOR_V2_API_KEY", keys.v2ApiKey());
    env.put("SIMULATOR_V3_API_KEY", keys.v3ApiKey());
    env.put("SIMULATOR_MERCHANT_PRIVATE_KEY", keys.merchantPrivateKeyPem());
    env.put("SIMULATOR_MERCHANT_SERIAL_NUMBER", keys.merchantSerialNumber());
    env.put("SIMULATOR_PLATFORM_PRIVATE_KEY", keys.platformPrivateKeyPem());
    env.put("SIMULATOR_PLATFORM_PUBLIC_KEY_ID", keys.platformPublicKeyId());
    return env;
  }
}
