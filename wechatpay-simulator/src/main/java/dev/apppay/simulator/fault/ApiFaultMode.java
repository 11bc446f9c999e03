package dev.apppay.simulator.fault;

/** How a faulty merchant API call misbehaves. */
public enum ApiFaultMode {
  /** Reply v2 {@code SYSTEMERROR} or v3 {@code 500 SYSTEM_ERROR}. */
  SYSTEM_ERROR,
  /** Reply normally, but only after the fault's delay. */
  DELAY,
  /** Send no reply and reset the connection after the fault's delay. */
  TIMEOUT
}
