package dev.apppay.simulator.fault;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The fault settings in force: global ones and per-order ones keyed by out_trade_no, where an
 * order's own settings replace the global ones as a whole.
 *
 * <p>Random drops come from one generator seeded from configuration, so a run with the same seed
 * and the same sequence of deliveries drops the same attempts.
 */
public final class FaultRegistry {

  private FaultSettings global;
  private final Map<String, FaultSettings> perOrder = new HashMap<>();
  private final Map<String, Integer> apiFaultUses = new HashMap<>();
  private final Random random;

  public FaultRegistry(FaultSettings global, long seed) {
    this.global = global;
    this.random = new Random(seed);
  }

  public synchronized FaultSettings global() {
    return global;
  }

  public synchronized void setGlobal(FaultSettings settings) {
    global = settings;
    apiFaultUses.remove(null);
  }

  public synchronized Map<String, FaultSettings> perOrder() {
    return new HashMap<>(perOrder);
  }

  public synchronized void setForOrder(String outTradeNo, FaultSettings settings) {
    perOrder.put(outTradeNo, settings);
    apiFaultUses.remove(outTradeNo);
  }

  public synchronized void clearForOrder(String outTradeNo) {
    perOrder.remove(outTradeNo);
    apiFaultUses.remove(outTradeNo);
  }

  /** Returns the settings for the order {@code outTradeNo}: its own, else the global ones. */
  public synchronized FaultSettings effective(String outTradeNo) {
    return perOrder.getOrDefault(outTradeNo, global);
  }

  /** Decides whether one delivery attempt is lost, with the settings' drop rate. */
  public synchronized boolean shouldDrop(FaultSettings settings) {
    if (settings.dropRate() <= 0) {
      return false;
    }
    return settings.dropRate() >= 1 || random.nextDouble() < settings.dropRate();
  }

  /** Returns the API fault for this call and counts it as used, or empty when none applies. */
  public synchronized Optional<ApiFault> takeApiFault(String outTradeNo, ApiOperation operation) {
    String scope = perOrder.containsKey(outTradeNo) ? outTradeNo : null;
    ApiFault fault = effective(outTradeNo).apiFault();
    if (fault == null || !fault.covers(operation)) {
      return Optional.empty();
    }
    int used = apiFaultUses.getOrDefault(scope, 0);
    if (fault.times() > 0 && used >= fault.times()) {
      return Optional.empty();
    }
    apiFaultUses.put(scope, used + 1);
    return Optional.of(fault);
  }
}
