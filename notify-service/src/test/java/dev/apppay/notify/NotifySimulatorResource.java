package dev.apppay.notify;

import dev.apppay.simulator.testing.WeChatPayTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the WeChat Pay simulator with API version V3 and both versions' credentials, and also
 * exposes the platform private key as {@value #PLATFORM_PRIVATE_KEY}, so tests can sign
 * notifications of their own, forged ones included.
 */
public class NotifySimulatorResource extends WeChatPayTestResource {

  static final String PLATFORM_PRIVATE_KEY = "test.wechatpay.platform-private-key";

  @Override
  public void init(Map<String, String> initArgs) {
    Map<String, String> args = new HashMap<>(initArgs);
    args.putIfAbsent("apiVersion", "V3");
    super.init(args);
  }

  @Override
  public Map<String, String> start() {
    Map<String, String> properties = new HashMap<>(super.start());
    properties.put(PLATFORM_PRIVATE_KEY, simulator().credentials().platformPrivateKey());
    return properties;
  }
}
