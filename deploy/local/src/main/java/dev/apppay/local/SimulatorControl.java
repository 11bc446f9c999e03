package dev.apppay.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Calls to the simulator's control API, where a test or a person acts as the WeChat user. */
public final class SimulatorControl {

  // TODO: align the path and body with the simulator's control API.
  private static final String PAY_PATH = "/simulator/pay";

  private SimulatorControl() {}

  /** Pays the prepay that {@code appParams} opens, as the WeChat app would. */
  public static void pay(String simulatorUrl, JsonNode appParams) {
    Http.Reply reply = Http.post(simulatorUrl + PAY_PATH, appParams, Map.of());
    if (reply.status() / 100 != 2) {
      throw new IllegalStateException(
          "The simulator refused the payment with HTTP " + reply.status() + ": " + reply.body());
    }
  }
}
