package dev.apppay.order.repository;

import dev.apppay.order.OrderTransition;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The history of order status changes. */
@ApplicationScoped
public class OrderTransitionRepository implements PanacheRepositoryBase<OrderTransition, Long> {}
