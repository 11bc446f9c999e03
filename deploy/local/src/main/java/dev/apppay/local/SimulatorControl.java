package dev.apppay.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Calls to the simulator's control API, where a test or a person acts as the WeChat user. */
public final class SimulatorControl {

  private SimulatorControl() {}

  /** Pays the prepay that {@code appParams} opens, as the WeChat app would. */
  public static JsonNode pay(String simulatorUrl, JsonNode appParams) {
    return expectSuccess("pay", Http.post(simulatorUrl + "/simulator/pay", appParams, Map.of()));
  }

  /** Replaces the faults that apply to every order, for example {@code dropRate}. */
  public static void setGlobalFaults(String simulatorUrl, Map<String, Object> faults) {
    expectSuccess("set faults", Http.put(simulatorUrl + "/simulator/faults", faults, Map.of()));
  }

  public static void clearGlobalFaults(String simulatorUrl) {
    expectSuccess("clear faults", Http.delete(simulatorUrl + "/simulator/faults", Map.of()));
  }

  /** Sets the faults of one order, which replace the global ones for it. */
  public static void setOrderFaults(
      String simulatorUrl, String outTradeNo, Map<String, Object> faults) {
    expectSuccess(
        "set order faults",
        Http.put(orderUrl(simulatorUrl, outTradeNo) + "/faults", faults, Map.of()));
  }

  /** Returns the order as the simulator stores it, with its trade state. */
  public static JsonNode order(String simulatorUrl, String outTradeNo) {
    return expectSuccess("read order", Http.get(orderUrl(simulatorUrl, outTradeNo), Map.of()));
  }

  /** Returns the notification deliveries of one order, each with its attempts. */
  public static JsonNode notifications(String simulatorUrl, String outTradeNo) {
    return expectSuccess(
        "list notifications",
        Http.get(orderUrl(simulatorUrl, outTradeNo) + "/notifications", Map.of()));
  }

  private static String orderUrl(String simulatorUrl, String outTradeNo) {
    return simulatorUrl + "/simulator/orders/" + outTradeNo;
  }

  private static JsonNode expectSuccess(String action, Http.Reply reply) {
    if (reply.status() / 100 != 2) {
      throw new IllegalStateException(
          "The simulator refused to "
              + action
              + " with HTTP "
              + reply.status()
              + ": "
              + reply.body());
    }
    return reply.body();
  }
}
