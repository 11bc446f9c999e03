package dev.apppay.order.repository;

import dev.apppay.order.Order;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Orders, always looked up together with their owner except for payment events. */
@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

  private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");

  public Uni<Order> findByIdempotencyKey(String userId, String idempotencyKey) {
    return find(
            "userId = :userId and idempotencyKey = :key",
            Parameters.with("userId", userId).and("key", idempotencyKey))
        .firstResult();
  }

  /** Returns the order if it exists and belongs to {@code userId}, else null. */
  public Uni<Order> findOwned(UUID id, String userId) {
    return find("id = ?1 and userId = ?2", id, userId).firstResult();
  }

  /** Like {@link #findOwned}, with a row lock held until the transaction ends. */
  public Uni<Order> findOwnedForUpdate(UUID id, String userId) {
    return find("id = ?1 and userId = ?2", id, userId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
  }

  public Uni<Order> findByIdForUpdate(UUID id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }

  public Uni<Order> findByOutTradeNoForUpdate(String outTradeNo) {
    return find("outTradeNo", outTradeNo).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
  }

  /** Returns one page of the user's orders, newest first. */
  public Uni<List<Order>> listPage(String userId, int page, int size) {
    return find("userId", NEWEST_FIRST, userId).page(Page.of(page, size)).list();
  }

  public Uni<Long> countByUser(String userId) {
    return count("userId", userId);
  }
}
