package dev.apppay.simulator.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** In-memory notification deliveries in creation order; reports every change. */
public final class DeliveryStore {

  private final Map<String, Delivery> deliveries = new LinkedHashMap<>();
  private final Runnable onChange;

  /** Creates an empty store that runs {@code onChange} after every {@link #put}. */
  public DeliveryStore(Runnable onChange) {
    this.onChange = onChange;
  }

  public synchronized Optional<Delivery> find(String id) {
    return Optional.ofNullable(deliveries.get(id));
  }

  /** Stores {@code delivery}, replacing the previous version with the same id. */
  public void put(Delivery delivery) {
    synchronized (this) {
      deliveries.put(delivery.id(), delivery);
    }
    onChange.run();
  }

  /** Applies {@code change} to the delivery {@code id} atomically and returns the result. */
  public Delivery update(String id, UnaryOperator<Delivery> change) {
    Delivery updated;
    synchronized (this) {
      updated = change.apply(deliveries.get(id));
      deliveries.put(id, updated);
    }
    onChange.run();
    return updated;
  }

  /** Replaces the contents with {@code loaded} without reporting a change. */
  public synchronized void load(Collection<Delivery> loaded) {
    deliveries.clear();
    loaded.stream()
        .sorted(Comparator.comparing(Delivery::createdAt))
        .forEach(delivery -> deliveries.put(delivery.id(), delivery));
  }

  public synchronized List<Delivery> all() {
    return new ArrayList<>(deliveries.values());
  }

  /** Returns the deliveries for the order {@code outTradeNo}, oldest first. */
  public synchronized List<Delivery> forOrder(String outTradeNo) {
    return deliveries.values().stream()
        .filter(delivery -> delivery.outTradeNo().equals(outTradeNo))
        .toList();
  }
}
