package dev.apppay.query.support;

import dev.apppay.simulator.SimulatorConfig;
import dev.apppay.simulator.WeChatPaySimulator;
import dev.apppay.simulator.testing.WeChatPayTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the WeChat Pay simulator with a {@link CountingProxy} in front and points the service's
 * {@code wechatpay.*} settings at the proxy. Init argument {@code apiVersion}: V2 or V3; init
 * arguments named {@code query.*} are passed on as configuration, so test classes can change the
 * schedule without a test profile.
 */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

  public static final String API_VERSION_ARG = "apiVersion";

  /** The property with the simulator's own URL, for its control API. */
  public static final String SIMULATOR_URL = "apppay.test.simulator-url";

  private WeChatPaySimulator simulator;
  private CountingProxy proxy;

  private String apiVersion = "V3";
  private final Map<String, String> queryProperties = new HashMap<>();

  @Override
  public void init(Map<String, String> initArgs) {
    apiVersion = initArgs.getOrDefault(API_VERSION_ARG, apiVersion);
    initArgs.forEach(
        (name, value) -> {
          if (name.startsWith("query.")) {
            queryProperties.put(name, value);
          }
        });
  }

  @Override
  public Map<String, String> start() {
    simulator = WeChatPaySimulator.start(SimulatorConfig.builder().timeScale(0.001).build());
    proxy = new CountingProxy(simulator.port());
    Map<String, String> properties =
        new HashMap<>(WeChatPayTestResource.properties(simulator, apiVersion));
    properties.put("wechatpay.base-url", proxy.baseUrl());
    properties.put(SIMULATOR_URL, simulator.baseUrl());
    properties.putAll(queryProperties);
    return properties;
  }

  @Override
  public void stop() {
    // Stops only this instance's servers, because another application may run its own pair.
    if (proxy != null) {
      proxy.close();
    }
    if (simulator != null) {
      simulator.close();
    }
  }
}
