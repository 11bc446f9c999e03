package dev.apppay.query.support;

import dev.apppay.simulator.SimulatorConfig;
import dev.apppay.simulator.WeChatPaySimulator;
import dev.apppay.simulator.testing.WeChatPayTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the WeChat Pay simulator with a {@link CountingProxy} in front and points the service's
 * {@code wechatpay.*} settings at the proxy. Init argument {@code apiVersion}: V2 or V3.
 */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

  public static final String API_VERSION_ARG = "apiVersion";

  private static volatile WeChatPaySimulator simulator;
  private static volatile CountingProxy proxy;

  private String apiVersion = "V3";

  @Override
  public void init(Map<String, String> initArgs) {
    apiVersion = initArgs.getOrDefault(API_VERSION_ARG, apiVersion);
  }

  @Override
  public Map<String, String> start() {
    simulator = WeChatPaySimulator.start(SimulatorConfig.builder().timeScale(0.001).build());
    proxy = new CountingProxy(simulator.port());
    Map<String, String> properties =
        new java.util.HashMap<>(WeChatPayTestResource.properties(simulator, apiVersion));
    properties.put("wechatpay.base-url", proxy.baseUrl());
    return properties;
  }

  @Override
  public void stop() {
    if (proxy != null) {
      proxy.close();
    }
    if (simulator != null) {
      simulator.close();
    }
  }

  public static WeChatPaySimulator simulator() {
    return simulator;
  }

  public static CountingProxy proxy() {
    return proxy;
  }
}
