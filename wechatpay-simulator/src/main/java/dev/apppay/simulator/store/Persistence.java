package dev.apppay.simulator.store;

import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.notify.DeliveryStore;
import java.util.function.Supplier;

/** Saves a snapshot of the simulator's state after every change, when a state file is set. */
public final class Persistence {

  private final StateFile file;
  private final SimulatorCredentials credentials;
  private Supplier<OrderStore> orders = () -> null;
  private Supplier<DeliveryStore> deliveries = () -> null;

  /** Creates the persistence; a {@code null} file turns saving off. */
  public Persistence(StateFile file, SimulatorCredentials credentials) {
    this.file = file;
    this.credentials = credentials;
  }

  /** Connects the stores whose contents each save writes. */
  public void attach(OrderStore orderStore, DeliveryStore deliveryStore) {
    orders = () -> orderStore;
    deliveries = () -> deliveryStore;
  }

  public void save() {
    OrderStore orderStore = orders.get();
    DeliveryStore deliveryStore = deliveries.get();
    if (file == null || orderStore == null || deliveryStore == null) {
      return;
    }
    file.save(new StoredState(credentials, orderStore.all(), deliveryStore.all()));
  }
}
