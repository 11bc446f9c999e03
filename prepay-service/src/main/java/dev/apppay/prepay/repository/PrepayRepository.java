package dev.apppay.prepay.repository;

import dev.apppay.prepay.Prepay;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Stores prepays by merchant order number. */
@ApplicationScoped
public class PrepayRepository implements PanacheRepositoryBase<Prepay, Long> {

  /** Finds the prepay of an order, or null. */
  public Uni<Prepay> findByOutTradeNo(String outTradeNo) {
    return find("outTradeNo", outTradeNo).firstResult();
  }

  /** Finds the prepay of an order and locks its row until the transaction ends, or null. */
  public Uni<Prepay> findByOutTradeNoForUpdate(String outTradeNo) {
    return find("outTradeNo", outTradeNo).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
  }
}
