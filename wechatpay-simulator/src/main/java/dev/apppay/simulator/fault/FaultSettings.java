package dev.apppay.simulator.fault;

/**
 * Faults injected into notification delivery and merchant API calls, globally or for one order.
 *
 * @param dropRate probability from 0 to 1 that a delivery attempt is lost before it reaches the
 *     merchant; a lost attempt counts as failed and is retried on the schedule
 * @param duplicates extra copies sent with every delivery attempt
 * @param concurrentDuplicates whether the copies are sent at the same time instead of one after
 *     another
 * @param delayMillis extra wait before the first delivery attempt, not scaled
 * @param signatureFault how the notification signature is corrupted
 * @param corruptedAttempts how many delivery attempts get the corrupted signature; 0 means all
 * @param reorderWindow global only: hold first deliveries until this many are waiting, then send
 *     them newest first; 0 or 1 turns reordering off
 * @param apiFault fault for merchant API calls, or {@code null}
 */
public record FaultSettings(
    double dropRate,
    int duplicates,
    boolean concurrentDuplicates,
    long delayMillis,
    SignatureFault signatureFault,
    int corruptedAttempts,
    int reorderWindow,
    ApiFault apiFault) {

  /** Settings without any fault. */
  public static final FaultSettings NONE =
      new FaultSettings(0, 0, false, 0, SignatureFault.NONE, 0, 0, null);

  public FaultSettings {
    if (dropRate < 0 || dropRate > 1) {
      throw new IllegalArgumentException("dropRate must be between 0 and 1: " + dropRate);
    }
    if (duplicates < 0 || delayMillis < 0 || corruptedAttempts < 0 || reorderWindow < 0) {
      throw new IllegalArgumentException(
          "duplicates, delayMillis, corruptedAttempts and reorderWindow must not be negative");
    }
    signatureFault = signatureFault == null ? SignatureFault.NONE : signatureFault;
  }

  /** Returns the signature fault for delivery attempt {@code number} (the first is 1). */
  public SignatureFault signatureFaultFor(int number) {
    boolean covered = corruptedAttempts == 0 || number <= corruptedAttempts;
    return covered ? signatureFault : SignatureFault.NONE;
  }
}
