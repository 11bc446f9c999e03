package dev.apppay.simulator.store;

import dev.apppay.simulator.Order;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.notify.Delivery;
import java.util.List;

/** Everything the simulator keeps across a restart: its keys, orders and deliveries. */
public record StoredState(
    SimulatorCredentials credentials, List<Order> orders, List<Delivery> deliveries) {}
