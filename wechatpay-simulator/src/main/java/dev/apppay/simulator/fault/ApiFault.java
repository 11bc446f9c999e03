package dev.apppay.simulator.fault;

import java.util.Set;

/**
 * A fault for merchant API calls.
 *
 * @param operations the operations it applies to; empty or {@code null} means all
 * @param mode how the call misbehaves
 * @param delayMillis how long DELAY waits before replying and TIMEOUT before resetting
 * @param applyOperation whether SYSTEM_ERROR and TIMEOUT still carry out the operation, which
 *     leaves the merchant with an unknown outcome
 * @param times how many calls it affects; 0 means every call
 */
public record ApiFault(
    Set<ApiOperation> operations,
    ApiFaultMode mode,
    long delayMillis,
    boolean applyOperation,
    int times) {

  /** Returns whether this fault targets {@code operation}. */
  public boolean covers(ApiOperation operation) {
    return operations == null || operations.isEmpty() || operations.contains(operation);
  }
}
