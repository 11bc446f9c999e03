package dev.apppay.simulator.store;

import dev.apppay.simulator.Order;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory orders with lookups by prepay_id and transaction_id; reports every change. */
public final class OrderStore {

  private final Map<String, Order> orders = new HashMap<>();
  private final Map<String, String> keysByPrepayId = new HashMap<>();
  private final Map<String, String> keysByTransactionId = new HashMap<>();
  private final Runnable onChange;

  /** Creates an empty store that runs {@code onChange} after every {@link #put}. */
  public OrderStore(Runnable onChange) {
    this.onChange = onChange;
  }

  public synchronized Optional<Order> find(String mchId, String outTradeNo) {
    return Optional.ofNullable(orders.get(Order.key(mchId, outTradeNo)));
  }

  /** Finds the order whose current prepay session is {@code prepayId}. */
  public synchronized Optional<Order> findByPrepayId(String prepayId) {
    return Optional.ofNullable(keysByPrepayId.get(prepayId)).map(orders::get);
  }

  public synchronized Optional<Order> findByTransactionId(String mchId, String transactionId) {
    return Optional.ofNullable(keysByTransactionId.get(transactionId))
        .map(orders::get)
        .filter(order -> order.mchId().equals(mchId));
  }

  /** Stores {@code order}, replacing the previous version with the same key. */
  public void put(Order order) {
    synchronized (this) {
      index(order);
    }
    onChange.run();
  }

  /** Replaces the contents with {@code loaded} without reporting a change. */
  public synchronized void load(Collection<Order> loaded) {
    orders.clear();
    keysByPrepayId.clear();
    keysByTransactionId.clear();
    loaded.forEach(this::index);
  }

  public synchronized List<Order> all() {
    return new ArrayList<>(orders.values());
  }

  private void index(Order order) {
    Order previous = orders.put(order.key(), order);
    if (previous != null && previous.prepayId() != null) {
      keysByPrepayId.remove(previous.prepayId());
    }
    if (order.prepayId() != null) {
      keysByPrepayId.put(order.prepayId(), order.key());
    }
    if (order.transactionId() != null) {
      keysByTransactionId.put(order.transactionId(), order.key());
    }
  }
}
