package dev.apppay.simulator.v2;

/**
 * A v2 request rejected before business processing: the reply has {@code return_code=FAIL}, the
 * reason in {@code return_msg} and no {@code sign}.
 */
final class V2Failure extends Exception {

  V2Failure(String returnMessage) {
    super(returnMessage);
  }
}
