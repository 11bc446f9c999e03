package dev.apppay.simulator.testing;

import dev.apppay.simulator.SimulatorConfig;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.WeChatPaySimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts a simulator on a free port for a Quarkus test and sets the {@code wechatpay.*} properties
 * to it: {@code @QuarkusTestResource(WeChatPayTestResource.class)}.
 *
 * <p>Init arguments: {@code timeScale} (notification retry schedule factor, default 0.001) and
 * {@code apiVersion} (sets {@code wechatpay.api-version} when given). The running simulator is
 * available to tests through {@link #simulator()}.
 */
public class WeChatPayTestResource implements QuarkusTestResourceLifecycleManager {

  private static volatile WeChatPaySimulator current;

  private double timeScale = 0.001;
  private String apiVersion;
  private WeChatPaySimulator simulator;

  @Override
  public void init(Map<String, String> initArgs) {
    if (initArgs.containsKey("timeScale")) {
      timeScale = Double.parseDouble(initArgs.get("timeScale"));
    }
    apiVersion = initArgs.get("apiVersion");
  }

  @Override
  public Map<String, String> start() {
    simulator = WeChatPaySimulator.start(SimulatorConfig.builder().timeScale(timeScale).build());
    current = simulator;
    return properties(simulator, apiVersion);
  }

  @Override
  public void stop() {
    if (simulator != null) {
      simulator.close();
      current = null;
    }
  }

  /** Returns the simulator the last started resource runs, or null when none runs. */
  public static WeChatPaySimulator simulator() {
    return current;
  }

  /** Returns the {@code wechatpay.*} properties that point a service at {@code simulator}. */
  public static Map<String, String> properties(WeChatPaySimulator simulator, String apiVersion) {
    SimulatorCredentials credentials = simulator.credentials();
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("wechatpay.base-url", simulator.baseUrl());
    properties.put("wechatpay.app-id", credentials.appId());
    properties.put("wechatpay.mch-id", credentials.mchId());
    properties.put("wechatpay.v2.api-key", credentials.v2ApiKey());
    properties.put("wechatpay.v3.api-key", credentials.v3ApiKey());
    properties.put("wechatpay.v3.merchant-private-key", credentials.merchantPrivateKey());
    properties.put("wechatpay.v3.merchant-serial-number", credentials.merchantSerialNumber());
    properties.put("wechatpay.v3.platform-public-key", credentials.platformPublicKey());
    properties.put("wechatpay.v3.platform-public-key-id", credentials.platformPublicKeyId());
    if (apiVersion != null) {
      properties.put("wechatpay.api-version", apiVersion);
    }
    return properties;
  }
}
