package dev.apppay.order.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts {@link PeerServices} and points the service's prepay and query URLs at it. */
public class PeersResource implements QuarkusTestResourceLifecycleManager {

  private static volatile PeerServices peers;

  @Override
  public Map<String, String> start() {
    peers = PeerServices.start();
    return Map.of("apppay.prepay.url", peers.baseUrl(), "apppay.query.url", peers.baseUrl());
  }

  @Override
  public void stop() {
    if (peers != null) {
      peers.close();
    }
  }

  public static PeerServices peers() {
    return peers;
  }
}
